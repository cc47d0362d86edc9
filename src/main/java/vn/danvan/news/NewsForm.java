package vn.danvan.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the writer types; the body is sanitised before it is kept. The sizes are the columns' (V22).
 */
record NewsForm(
        @NotBlank(message = "{news.error.titleRequired}") @Size(max = 300) String title,
        @NotBlank(message = "{news.error.summaryRequired}") @Size(max = 1000) String summary,
        @NotBlank(message = "{news.error.bodyRequired}") @Size(max = 100_000) String body,
        @Size(max = 2000) String relatedLinks,
        @Size(max = 8000) String radioScript,
        Long version) {

    static NewsForm empty() {
        return new NewsForm("", "", "", "", "", null);
    }

    static NewsForm of(NewsStory s) {
        return new NewsForm(s.title(), s.summary(), s.body(), s.relatedLinks(), s.radioScript(), s.version());
    }
}
