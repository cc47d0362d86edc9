package vn.danvan.petition.intake;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.PetitionKind;

/**
 * A petition as typed on the public form or at the counter, with its files. {@code submissionKey} is a
 * random key the form carries, so that a double submit creates one petition (and shows the same
 * citizen key). The sizes are the columns' (V7).
 */
public record Submission(
        @NotNull PetitionKind kind,
        @NotNull Long categoryId,
        Long unitId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 10000) String content,
        @Size(max = 500) String place,
        @Size(max = 200) String fullName,
        @Size(max = 50) String phone,
        @Email @Size(max = 255) String email,
        @Size(max = 500) String address,
        Boolean consent,
        Channel channel,
        @Size(max = 64) String submissionKey,
        List<MultipartFile> files) {

    public static Submission empty(Channel channel, String submissionKey) {
        return new Submission(PetitionKind.FEEDBACK, null, null, null, null, null, null, null, null, null, false,
                channel, submissionKey, List.of());
    }

    boolean consentGiven() {
        return Boolean.TRUE.equals(consent);
    }
}
