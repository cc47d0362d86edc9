package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Walks a list paged by keyset (shared.web.Keyset) as a person does: the first page, "Trang sau" to the end, and
 * "Trang trước" back to the first page, checking on each page the rows shown, "Hiển thị a–b trên tổng n" and
 * that every link keeps the filters.
 */
public final class ListPages {

    private static final Pattern NEXT = Pattern.compile("class=\"[^\"]*dv-page-next[^\"]*\" rel=\"next\"\\s+href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("class=\"[^\"]*dv-page-previous[^\"]*\" rel=\"prev\"\\s+href=\"([^\"]+)\"");
    private static final Pattern FIRST = Pattern.compile("class=\"[^\"]*dv-page-first[^\"]*\" rel=\"first\"\\s+href=\"([^\"]+)\"");

    private final MockMvc mvc;
    private final RequestPostProcessor user;

    private ListPages(MockMvc mvc, RequestPostProcessor user) {
        this.mvc = mvc;
        this.user = user;
    }

    public static ListPages of(MockMvc mvc, RequestPostProcessor user) {
        return new ListPages(mvc, user);
    }

    /** A page as the browser gets it (the address as the page's links write it, &amp; already read). */
    public String page(String address) throws Exception {
        return mvc.perform(get(URI.create(address)).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * Walks the list from {@code first} forward and back with pages of {@code size}: every row (as {@code row}'s
     * first group finds it) shown once, in {@code total} rows, each link keeping {@code keep} (the filters).
     * Returns the rows in the order shown.
     */
    public List<String> walk(String first, Pattern row, int size, long total, String... keep) throws Exception {
        String html = page(first);
        List<List<String>> pages = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        long from = 1;
        assertThat(href(PREVIOUS, html)).as("no previous page on the first").isNull();
        assertThat(href(FIRST, html)).as("no link to the first page on it").isNull();
        while (true) {
            List<String> rows = rows(row, html);
            pages.add(rows);
            shown.addAll(rows);
            long to = from + rows.size() - 1;
            assertThat(html).as("the range and the total").contains(range(from, to, total));
            String next = href(NEXT, html);
            if (next == null) {
                break;
            }
            assertThat(rows).hasSize(size);
            for (String k : keep) {
                assertThat(next).as("the next page keeps the filter").contains(k);
            }
            from = to + 1;
            html = page(next);
            assertThat(href(FIRST, html)).as("a way back to the first page").isNotNull();
            for (String k : keep) {
                assertThat(href(FIRST, html)).contains(k);
            }
        }
        assertThat(shown).as("each row once").doesNotHaveDuplicates().hasSize((int) total);
        assertThat(pages.size()).as("more than one page").isGreaterThan(1);
        // and back, page by page, to the first
        for (int i = pages.size() - 2; i >= 0; i--) {
            String previous = href(PREVIOUS, html);
            assertThat(previous).as("a previous page from page %d", i + 2).isNotNull();
            for (String k : keep) {
                assertThat(previous).as("the previous page keeps the filter").contains(k);
            }
            html = page(previous);
            assertThat(rows(row, html)).as("page %d again", i + 1).isEqualTo(pages.get(i));
            long start = (long) i * size + 1;
            assertThat(html).contains(range(start, start + pages.get(i).size() - 1, total));
        }
        assertThat(href(PREVIOUS, html)).as("back on the first page").isNull();
        return shown;
    }

    /** "Hiển thị 21–40 trên tổng 1.234". */
    public static String range(long from, long to, long total) {
        return "Hiển thị " + String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d–%,d trên tổng %,d", from, to,
                total);
    }

    /** The address of the page's next (or previous, first) link, or null. */
    public static String next(String html) {
        return href(NEXT, html);
    }

    public static String previous(String html) {
        return href(PREVIOUS, html);
    }

    private static String href(Pattern link, String html) {
        Matcher m = link.matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private static List<String> rows(Pattern row, String html) {
        Set<String> rows = new LinkedHashSet<>();
        Matcher m = row.matcher(html);
        while (m.find()) {
            rows.add(m.group(1));
        }
        return new ArrayList<>(rows);
    }
}
