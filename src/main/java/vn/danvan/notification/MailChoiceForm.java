package vn.danvan.notification;

import jakarta.validation.constraints.NotNull;

/** The person's choice of e-mail for notices. */
record MailChoiceForm(@NotNull MailChoice choice) {
}
