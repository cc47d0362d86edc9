package vn.danvan.news;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * A story (tin, bài) as stored; {@code body} is the sanitised HTML. Each change of state is a method
 * that checks the current state and refuses with a message naming it; {@link NewsRepository} saves
 * the result, checking the version and the state it was loaded in.
 */
class NewsStory {

    private final long id;
    private final long authorUnitId;
    private final String authorUnitName;
    private final String createdBy;
    private final OffsetDateTime createdAt;
    private final long version;
    /** The state as loaded: the save's concurrency check. */
    private final NewsStatus loadedStatus;
    private String title;
    private String summary;
    private String body;
    private String relatedLinks;
    private String radioScript;
    private NewsStatus status;
    private OffsetDateTime publishedAt;
    private OffsetDateTime unpublishedAt;
    private String unpublishReason;

    public NewsStory(long id, long authorUnitId, String authorUnitName, String title, String summary, String body,
            String relatedLinks, String radioScript, NewsStatus status, OffsetDateTime publishedAt,
            OffsetDateTime unpublishedAt, String unpublishReason, String createdBy, OffsetDateTime createdAt,
            long version) {
        this.id = id;
        this.authorUnitId = authorUnitId;
        this.authorUnitName = authorUnitName;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.relatedLinks = relatedLinks;
        this.radioScript = radioScript;
        this.status = status;
        this.loadedStatus = status;
        this.publishedAt = publishedAt;
        this.unpublishedAt = unpublishedAt;
        this.unpublishReason = unpublishReason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** Changes the text of a draft or withdrawn story; a published one must be withdrawn first. */
    void edit(String title, String summary, String body, String relatedLinks, String radioScript) {
        requireEditable();
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.relatedLinks = relatedLinks;
        this.radioScript = radioScript;
    }

    /** Refuses unless the story may be changed: a published one must be withdrawn first. */
    void requireEditable() {
        if (!status.editable()) {
            throw new InvalidRequestException("news.error.published");
        }
    }

    /** Puts a draft or withdrawn story on the portal at {@code at}. */
    void publish(OffsetDateTime at) {
        move(NewsStatus.PUBLISHED);
        publishedAt = at;
        unpublishedAt = null;
        unpublishReason = null;
    }

    /** Takes a published story off the portal; the reason is required. */
    void unpublish(String reason, OffsetDateTime at) {
        requireAllowed(NewsStatus.UNPUBLISHED);
        if (TypedText.isBlank(reason)) {
            throw InvalidRequestException.onField("reason", "news.error.reasonRequired");
        }
        move(NewsStatus.UNPUBLISHED);
        unpublishedAt = at;
        unpublishReason = reason.strip();
    }

    private void move(NewsStatus next) {
        requireAllowed(next);
        status = next;
    }

    private void requireAllowed(NewsStatus next) {
        if (!status.allows(next)) {
            throw new InvalidRequestException("news.error.transition",
                    new DefaultMessageSourceResolvable(status.messageKey()));
        }
    }

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

    public long id() { return id; }
    public long authorUnitId() { return authorUnitId; }
    public String authorUnitName() { return authorUnitName; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public String relatedLinks() { return relatedLinks; }
    public String radioScript() { return radioScript; }
    public NewsStatus status() { return status; }
    public OffsetDateTime publishedAt() { return publishedAt; }
    public OffsetDateTime unpublishedAt() { return unpublishedAt; }
    public String unpublishReason() { return unpublishReason; }
    public String createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
    public long version() { return version; }
    NewsStatus loadedStatus() { return loadedStatus; }
}
