package vn.danvan.planning;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A guiding document as typed, with its files (PDF or Word); the sizes are the columns' (V13). */
record GuideForm(
        @NotBlank @Size(max = 100) String numberSymbol,
        @NotNull LocalDate issuedOn,
        @NotBlank @Size(max = 300) String issuer,
        @NotBlank @Size(max = 2000) String summary,
        List<MultipartFile> files,
        Long version) {

    static GuideForm empty() {
        return new GuideForm(null, null, null, null, List.of(), 0L);
    }

    static GuideForm of(GuidingDocument d) {
        return new GuideForm(d.numberSymbol(), d.issuedOn(), d.issuer(), d.summary(), List.of(), d.version());
    }
}
