package vn.danvan.petition.intake;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.GeoPoint;
import vn.danvan.petition.handling.PetitionKind;

/**
 * A petition as typed on the public form or at the counter, with its files. {@code submissionKey} is a
 * random key the form carries, so that a double submit creates one petition (and shows the same
 * citizen key). The sizes are the columns' (V7); latitude and longitude (V47) are given both or neither.
 */
public record Submission(
        @NotNull PetitionKind kind,
        @NotNull Long categoryId,
        Long unitId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 10000) String content,
        @Size(max = 500) String place,
        @DecimalMin(value = "-90", message = "{petition.error.latitude}")
        @DecimalMax(value = "90", message = "{petition.error.latitude}") BigDecimal latitude,
        @DecimalMin(value = "-180", message = "{petition.error.longitude}")
        @DecimalMax(value = "180", message = "{petition.error.longitude}") BigDecimal longitude,
        @Size(max = 200) String fullName,
        @Size(max = 50) String phone,
        @Email @Size(max = 255) String email,
        @Size(max = 500) String address,
        Boolean consent,
        Channel channel,
        @Size(max = 64) String submissionKey,
        List<MultipartFile> files) {

    public static Submission empty(Channel channel, String submissionKey) {
        return new Submission(PetitionKind.FEEDBACK, null, null, null, null, null, null, null, null, null, null,
                null, false, channel, submissionKey, List.of());
    }

    /**
     * The coordinate left empty when the other was given (the map fills both; typed by hand, one may be
     * forgotten), or null.
     */
    public String missingCoordinate() {
        if (latitude == null && longitude != null) {
            return "latitude";
        }
        return latitude != null && longitude == null ? "longitude" : null;
    }

    /** The point on the map, when both coordinates are given and in range; else null. */
    public GeoPoint location() {
        return missingCoordinate() != null ? null : GeoPoint.ofNullable(latitude, longitude);
    }

    boolean consentGiven() {
        return Boolean.TRUE.equals(consent);
    }
}
