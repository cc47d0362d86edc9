package vn.danvan.planning;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A unit's dissemination of a document to its staff, as typed: when, how, how many attended, a note and the minutes. */
record DisseminationForm(
        @NotNull(message = "{distribution.error.disseminatedOnRequired}") LocalDate disseminatedOn,
        @NotNull(message = "{distribution.error.wayRequired}") DisseminationWay way,
        @Min(value = 0, message = "{distribution.error.attendance}")
        @Max(value = 100_000, message = "{distribution.error.attendance}") Integer attendance,
        @Size(max = 2000, message = "{distribution.error.noteTooLong}") String note,
        List<MultipartFile> files,
        Long version) {

    static DisseminationForm blank(long version) {
        return new DisseminationForm(null, null, null, null, List.of(), version);
    }
}
