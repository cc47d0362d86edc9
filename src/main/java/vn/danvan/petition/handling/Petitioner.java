package vn.danvan.petition.handling;

import java.time.OffsetDateTime;

/** The petitioner's contact: personal data, shown only to those handling the case, each view audited. */
public record Petitioner(String fullName, String phone, String email, String address, OffsetDateTime consentAt) {
}
