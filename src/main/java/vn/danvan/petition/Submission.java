package vn.danvan.petition;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A petition as typed on the public form or at the counter. {@code submissionKey} is a random key
 * the form carries, so that a double submit creates one petition.
 */
record Submission(
        @NotNull(message = "{validation.required}") PetitionKind kind,
        @NotNull(message = "{validation.required}") Long categoryId,
        Long unitId,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 10000, message = "{validation.size.max}") String content,
        @Size(max = 500, message = "{validation.size.max}") String place,
        @Size(max = 200, message = "{validation.size.max}") String fullName,
        @Size(max = 50, message = "{validation.size.max}") String phone,
        @Email(message = "{validation.email}") @Size(max = 255, message = "{validation.size.max}") String email,
        @Size(max = 500, message = "{validation.size.max}") String address,
        Boolean consent,
        Channel channel,
        @Size(max = 64) String submissionKey) {

    static Submission empty(Channel channel, String submissionKey) {
        return new Submission(PetitionKind.FEEDBACK, null, null, null, null, null, null, null, null, null, false,
                channel, submissionKey);
    }

    boolean consentGiven() {
        return Boolean.TRUE.equals(consent);
    }
}
