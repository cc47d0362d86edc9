package vn.danvan.supervision;

import jakarta.validation.constraints.NotNull;

/** Publishing a request on the portal (ticked) or withdrawing it, at the version the page showed. */
record PublishForm(Boolean published, @NotNull Long version) {
}
