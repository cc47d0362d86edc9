package vn.danvan.model;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** Photos (JPEG, PNG) and files (PDF) added to a draft. */
record FilesForm(List<MultipartFile> photos, List<MultipartFile> files) {
}
