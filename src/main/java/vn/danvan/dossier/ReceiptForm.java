package vn.danvan.dossier;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the counter officer types when a dossier is received: the procedure and the applicant, and what the
 * receipt slip of the form in force records (Giấy tiếp nhận hồ sơ và hẹn trả kết quả): the applicant's
 * e-mail, the documents received one a line as "name; bản chính/bản sao/bản sao chứng thực/bản chụp;
 * number" (form and number may be left out: one original), the number of sets, the hour of return
 * (HH:mm) on the appointment date, where the result is collected, and the book of the dossier register
 * (Sổ theo dõi hồ sơ, quyển số; the line in it is given by the application). The sizes are the columns'
 * (V25: applicant_name 200, applicant_phone 20, applicant_address 500; V32: applicant_email 254,
 * documents_received 4000, return_place 300, register_book 20).
 */
record ReceiptForm(
        @NotNull(message = "{dossier.error.procedureMissing}") Long procedureId,
        @NotBlank(message = "{dossier.error.applicantMissing}") @Size(max = 200) String applicantName,
        @Size(max = 20) @Pattern(regexp = "\\+?[0-9][0-9 .]{7,18}", message = "{dossier.error.phone}") String applicantPhone,
        @Size(max = 500) String applicantAddress,
        @Size(max = 254) @Email(message = "{dossier.error.email}") String applicantEmail,
        @Size(max = 4000) @Pattern(regexp = DOCUMENT_LINES, message = "{dossier.error.documents}") String documentsReceived,
        @Min(value = 1, message = "{dossier.error.sets}") @Max(value = 99, message = "{dossier.error.sets}") Integer setsCount,
        @Size(max = 5) @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "{dossier.error.returnTime}") String returnTime,
        @Size(max = 300) String returnPlace,
        @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z./-]{1,20}", message = "{dossier.error.registerBook}") String registerBook) {

    /** One document a line: a name, then optionally its form and its number, separated by semicolons. */
    static final String DOCUMENT_LINES = "(?U)(\\s*[^;\\r\\n]*[\\p{L}\\p{N}][^;\\r\\n]*"
            + "(;\\s*(bản chính|bản sao|bản sao chứng thực|bản chụp|Bản chính|Bản sao|Bản sao chứng thực|Bản chụp)\\s*)?"
            + "(;\\s*[1-9][0-9]?\\s*)?(\\r?\\n|$))+";

    /** The counter's usual hour of return, prefilled. */
    static final String RETURN_TIME = "08:00";

    static ReceiptForm empty() {
        return new ReceiptForm(null, null, null, null, null, null, 1, RETURN_TIME, null, null);
    }

    /** The form of the applicant and procedure alone, as imports and older callers give it. */
    ReceiptForm(Long procedureId, String applicantName, String applicantPhone, String applicantAddress) {
        this(procedureId, applicantName, applicantPhone, applicantAddress, null, null, null, null, null, null);
    }
}
