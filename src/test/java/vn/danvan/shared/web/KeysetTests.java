package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The cursor codec (round trip, garbled and edited cursors) and the page arithmetic of {@link Keyset}. */
class KeysetTests {

    private static final Keyset DUE = Keyset.ascending(Keyset.date("p.answer_due"), Keyset.number("p.id"));
    private static final Keyset NEWEST = Keyset.descending(Keyset.timestamp("e.at"), Keyset.number("e.id"));

    @Test
    void aCursorComesBackAsItWasWithEveryType() {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 6, 9, 30, 15, 123_456_789, ZoneOffset.ofHours(7));
        var cursor = new Keyset.Cursor(true, 12_345, List.of(7L, "nguyễn văn | a", LocalDate.of(2026, 2, 14), at));
        String text = cursor.encode();

        assertThat(text).matches("[A-Za-z0-9_-]+");
        var back = Keyset.Cursor.decode(text);
        assertThat(back.backward()).isTrue();
        assertThat(back.position()).isEqualTo(12_345);
        assertThat(back.values()).containsExactly(7L, "nguyễn văn | a", LocalDate.of(2026, 2, 14),
                at.withOffsetSameInstant(ZoneOffset.UTC));
        assertThat(((OffsetDateTime) back.values().get(3)).toInstant()).isEqualTo(at.toInstant());
    }

    @Test
    void aGarbledOrEditedCursorIsABadRequestNamingTheLink() {
        String good = new Keyset.Cursor(false, 51, List.of(LocalDate.of(2026, 1, 5), 99L)).encode();
        byte[] bytes = Base64.getUrlDecoder().decode(good);
        for (int i = 0; i < bytes.length; i++) {
            byte[] edited = bytes.clone();
            edited[i] ^= 0x01;
            String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(edited);
            assertThatThrownBy(() -> Keyset.Cursor.decode(tampered)).as("byte %d changed", i)
                    .isInstanceOf(InvalidRequestException.class)
                    .extracting(e -> ((InvalidRequestException) e).messageKey()).isEqualTo("common.paging.badCursor");
        }
        for (String garbled : List.of("x", "%%%", good.substring(0, good.length() - 2), good + "A", "AAAAAAAAAAAA",
                "a".repeat(5000), "<script>")) {
            assertThatThrownBy(() -> Keyset.Cursor.decode(garbled)).as(garbled)
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void aCursorOfAnotherListIsABadRequest() {
        var page = PageQuery.of("50", new Keyset.Cursor(false, 51, List.of("text", 3L)).encode());
        assertThatThrownBy(() -> DUE.seek(page, new LinkedHashMap<>())).isInstanceOf(InvalidRequestException.class);
        var shorter = PageQuery.of("50", new Keyset.Cursor(false, 51, List.of(3L)).encode());
        assertThatThrownBy(() -> DUE.seek(shorter, new LinkedHashMap<>())).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void onlyTwentyFiftyOrAHundredRowsAPage() {
        assertThat(PageQuery.of(null, null).size()).isEqualTo(50);
        assertThat(PageQuery.of(" ", "").size()).isEqualTo(50);
        assertThat(PageQuery.of("20", null).size()).isEqualTo(20);
        assertThat(PageQuery.of("100", null).size()).isEqualTo(100);
        for (String bad : List.of("0", "-1", "51", "1000000", "abc", "1e3", "99999999999")) {
            assertThatThrownBy(() -> PageQuery.of(bad, null)).as(bad).isInstanceOf(InvalidRequestException.class)
                    .extracting(e -> ((InvalidRequestException) e).messageKey()).isEqualTo("common.paging.badSize");
        }
    }

    @Test
    void theSeekConditionFollowsTheOrderAndTheDirection() {
        Map<String, Object> params = new LinkedHashMap<>();
        assertThat(DUE.seek(PageQuery.first(), params)).isEmpty();
        assertThat(DUE.orderAndLimit(PageQuery.first(20))).isEqualTo(" order by p.answer_due, p.id limit 21");

        var forward = PageQuery.of("20", new Keyset.Cursor(false, 20, List.of(LocalDate.of(2026, 1, 5), 9L)).encode());
        assertThat(DUE.seek(forward, params)).isEqualTo(" and (p.answer_due, p.id) > (:keyset0, :keyset1)");
        assertThat(params).containsEntry("keyset0", LocalDate.of(2026, 1, 5)).containsEntry("keyset1", 9L);
        var back = PageQuery.of("20", new Keyset.Cursor(true, 21, List.of(LocalDate.of(2026, 1, 5), 9L)).encode());
        assertThat(DUE.seek(back, new LinkedHashMap<>())).contains(") < (");
        assertThat(DUE.orderAndLimit(back)).isEqualTo(" order by p.answer_due desc, p.id desc limit 21");

        OffsetDateTime at = OffsetDateTime.parse("2026-12-06T10:00:00Z");
        var newer = PageQuery.of("50", new Keyset.Cursor(false, 50, List.of(at, 9L)).encode());
        assertThat(NEWEST.seek(newer, new LinkedHashMap<>())).isEqualTo(" and (e.at, e.id) < (:keyset0, :keyset1)");
        assertThat(NEWEST.orderBy(newer)).isEqualTo(" order by e.at desc, e.id desc");
        assertThat(Keyset.ascending(Keyset.text("a.username")).seek(PageQuery.of("50",
                new Keyset.Cursor(false, 50, List.of("abc")).encode()), new LinkedHashMap<>()))
                .isEqualTo(" and a.username > :keyset0");
    }

    /** Pages forward to the end and back to the first page over 45 rows in memory, as the database would. */
    @Test
    void pagingForwardAndBackKeepsPositionsAndEndsOnTheFirstPage() {
        List<Long> all = LongStream.rangeClosed(1, 45).boxed().toList();
        Keyset ids = Keyset.ascending(Keyset.number("id"));
        PageOf<Long> page = fetch(ids, all, PageQuery.first(20));
        assertThat(page.rows()).startsWith(1L).endsWith(20L);
        assertThat(page.from()).isEqualTo(1);
        assertThat(page.isFirst()).isTrue();
        assertThat(page.hasPrevious()).isFalse();

        page = fetch(ids, all, PageQuery.of("20", page.next()));
        assertThat(page.rows()).startsWith(21L).endsWith(40L);
        assertThat(page.from()).isEqualTo(21);
        assertThat(page.to()).isEqualTo(40);
        page = fetch(ids, all, PageQuery.of("20", page.next()));
        assertThat(page.rows()).containsExactly(41L, 42L, 43L, 44L, 45L);
        assertThat(page.from()).isEqualTo(41);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.total()).isEqualTo(45);

        page = fetch(ids, all, PageQuery.of("20", page.previous()));
        assertThat(page.rows()).startsWith(21L).endsWith(40L);
        assertThat(page.from()).isEqualTo(21);
        assertThat(page.isFirst()).isFalse();
        page = fetch(ids, all, PageQuery.of("20", page.previous()));
        assertThat(page.rows()).startsWith(1L).endsWith(20L);
        assertThat(page.from()).isEqualTo(1);
        assertThat(page.isFirst()).isTrue();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.hasNext()).isTrue();
    }

    /** What a database would answer to seek + orderAndLimit over ascending ids. */
    private static PageOf<Long> fetch(Keyset keyset, List<Long> all, PageQuery page) {
        List<Long> rows = new ArrayList<>(all);
        var cursor = page.cursor();
        if (cursor != null) {
            long key = (Long) cursor.values().get(0);
            rows.removeIf(id -> cursor.backward() ? id >= key : id <= key);
            if (cursor.backward()) {
                java.util.Collections.reverse(rows);
            }
        }
        return keyset.page(page, rows.subList(0, Math.min(rows.size(), page.size() + 1)), id -> List.of(id),
                all.size());
    }
}
