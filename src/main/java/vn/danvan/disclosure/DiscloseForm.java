package vn.danvan.disclosure;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * How a content was made public, as typed: a short summary of what was disclosed, the forms used, the days it is
 * public from and to, and the files (the document, a photo of the notice board).
 */
record DiscloseForm(
        @Size(max = 4000, message = "{disclosure.error.summaryTooLong}") String summary,
        List<DisclosureChannel> channels,
        @NotNull(message = "{disclosure.error.publicFromRequired}") LocalDate publicFrom,
        @NotNull(message = "{disclosure.error.publicToRequired}") LocalDate publicTo,
        List<MultipartFile> files,
        Long version) {

    static DiscloseForm blank(long version) {
        return new DiscloseForm(null, List.of(), null, null, List.of(), version);
    }

    List<DisclosureChannel> chosen() {
        return channels == null ? List.of() : channels;
    }
}
