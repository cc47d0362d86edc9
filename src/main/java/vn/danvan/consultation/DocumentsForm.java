package vn.danvan.consultation;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** Documents attached to a consultation (draft, drawings, explanation). */
record DocumentsForm(List<MultipartFile> files) {
}
