package vn.danvan.petition.handling;

import java.time.OffsetDateTime;

/** The petitioner's contact: personal data, shown only to those handling the case, each view audited. */
public record Petitioner(String fullName, String phone, String email, String address, OffsetDateTime consentAt) {

    /** Nothing given: an anonymous petition, for which no row is kept. */
    public boolean isEmpty() {
        return fullName == null && phone == null && email == null && address == null && consentAt == null;
    }
}
