package vn.danvan.shared.imports;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form of an import page ({@code fragments/imports :: uploadForm}): the file. A value sent
 * in its place that is not a file leaves it null, which {@link ImportFiles#upload} refuses with its
 * message.
 */
public record ImportUpload(MultipartFile file) {
}
