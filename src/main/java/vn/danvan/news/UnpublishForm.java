package vn.danvan.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Taking a published story off the portal: the reason (shown on the story) and the version the page showed. */
record UnpublishForm(
        @NotBlank(message = "{news.error.reasonRequired}") @Size(max = 1000) String reason,
        @NotNull Long version) {
}
