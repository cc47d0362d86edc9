package vn.danvan.news;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** Images added to a story. */
record ImagesForm(List<MultipartFile> files) {
}
