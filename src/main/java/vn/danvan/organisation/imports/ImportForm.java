package vn.danvan.organisation.imports;

import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

/** An import as sent: what the file holds (units or people) and the file itself. */
record ImportForm(
        @NotNull(message = "{import.error.kindRequired}") ImportKind kind,
        MultipartFile file) {
}
