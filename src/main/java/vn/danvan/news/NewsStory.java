package vn.danvan.news;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A story as stored; {@code body} is the sanitised HTML. */
public record NewsStory(long id, long authorUnitId, String authorUnitName, String title, String summary, String body,
        String relatedLinks, String radioScript, NewsStatus status, OffsetDateTime publishedAt,
        OffsetDateTime unpublishedAt, String unpublishReason, String createdBy, OffsetDateTime createdAt,
        long version) {

    /** The related portal paths, one per line as typed. */
    public List<String> links() {
        return relatedLinks == null ? List.of()
                : Arrays.stream(relatedLinks.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The body sanitised once more for display (whatever is in the database). */
    public String safeBody() {
        return NewsSanitizer.clean(body);
    }

    /** How the body refers to one of the story's images: {@code <img src="/portal/news/1/images/2" alt="">}. */
    public String imageTag(long attachmentId) {
        return "<img src=\"/portal/news/" + id + "/images/" + attachmentId + "\" alt=\"\">";
    }
}
