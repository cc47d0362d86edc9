package vn.danvan.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

class NewsStoryStatesTests {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    /** The whole table of allowed moves, written out: from each state, the states it may go to. */
    private static final Map<NewsStatus, Set<NewsStatus>> ALLOWED = Map.of(
            NewsStatus.DRAFT, Set.of(NewsStatus.PUBLISHED),
            NewsStatus.PUBLISHED, Set.of(NewsStatus.UNPUBLISHED),
            NewsStatus.UNPUBLISHED, Set.of(NewsStatus.PUBLISHED));

    @Test
    void everyMoveIsAllowedExactlyAsTheTableSays() {
        for (NewsStatus from : NewsStatus.values()) {
            for (NewsStatus to : NewsStatus.values()) {
                assertThat(from.allows(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyAPublishedStoryIsLockedForEditing() {
        assertThat(NewsStatus.DRAFT.editable()).isTrue();
        assertThat(NewsStatus.PUBLISHED.editable()).isFalse();
        assertThat(NewsStatus.UNPUBLISHED.editable()).isTrue();
    }

    @Test
    void publishingADraftPutsItOnThePortal() {
        NewsStory s = story(NewsStatus.DRAFT);
        s.publish(AT);
        assertThat(s.status()).isEqualTo(NewsStatus.PUBLISHED);
        assertThat(s.publishedAt()).isEqualTo(AT);
    }

    @Test
    void republishingAWithdrawnStoryForgetsTheWithdrawal() {
        NewsStory s = story(NewsStatus.UNPUBLISHED);
        s.publish(AT);
        assertThat(s.status()).isEqualTo(NewsStatus.PUBLISHED);
        assertThat(s.unpublishedAt()).isNull();
        assertThat(s.unpublishReason()).isNull();
    }

    @Test
    void aPublishedStoryIsNotPublishedTwiceAndTheRefusalNamesItsState() {
        NewsStory s = story(NewsStatus.PUBLISHED);
        assertRefused(() -> s.publish(AT), "news.error.transition", NewsStatus.PUBLISHED);
        assertThat(s.status()).isEqualTo(NewsStatus.PUBLISHED);
    }

    @Test
    void withdrawingTakesAReason() {
        NewsStory s = story(NewsStatus.PUBLISHED);
        assertThatThrownBy(() -> s.unpublish(" ", AT)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("news.error.reasonRequired");
            assertThat(e.field()).isEqualTo("reason");
        });
        assertThat(s.status()).isEqualTo(NewsStatus.PUBLISHED);
        s.unpublish("  Số liệu cần đính chính ", AT);
        assertThat(s.status()).isEqualTo(NewsStatus.UNPUBLISHED);
        assertThat(s.unpublishReason()).isEqualTo("Số liệu cần đính chính");
        assertThat(s.unpublishedAt()).isEqualTo(AT);
    }

    @Test
    void onlyAPublishedStoryIsWithdrawn() {
        assertRefused(() -> story(NewsStatus.DRAFT).unpublish("lý do", AT), "news.error.transition", NewsStatus.DRAFT);
        assertRefused(() -> story(NewsStatus.UNPUBLISHED).unpublish("lý do", AT), "news.error.transition",
                NewsStatus.UNPUBLISHED);
    }

    @Test
    void aPublishedStoryIsNotEdited() {
        NewsStory s = story(NewsStatus.PUBLISHED);
        assertThatThrownBy(() -> s.edit("Khác", "Khác", "<p>Khác</p>", null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("news.error.published"));
        assertThat(s.title()).isEqualTo("Tiêu đề");
        NewsStory draft = story(NewsStatus.DRAFT);
        draft.edit("Khác", "Tóm tắt khác", "<p>Khác</p>", "/portal/news", null);
        assertThat(draft.title()).isEqualTo("Khác");
        assertThat(draft.links()).containsExactly("/portal/news");
    }

    private static NewsStory story(NewsStatus status) {
        return new NewsStory(1, 2, "UBND xã", "Tiêu đề", "Tóm tắt", "<p>Nội dung</p>", null, null, status, null,
                null, null, "writer", AT, 3);
    }

    static void assertRefused(Runnable action, String key, NewsStatus state) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).singleElement().isInstanceOfSatisfying(MessageSourceResolvable.class,
                    r -> assertThat(r.getCodes()).containsExactly(state.messageKey()));
        });
    }
}
