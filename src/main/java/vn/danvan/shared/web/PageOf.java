package vn.danvan.shared.web;

import java.util.List;

/**
 * One page of a list paged by keyset ({@link Keyset}): its rows, the exact total of rows that match the filter,
 * the position of its first row (1-based, "Hiển thị 51–100 trên tổng 12.345"), its size, and the opaque cursors
 * of the next and previous pages (null when there is none), and whether it is the first page. {@code fragments/lists :: pager} draws it.
 */
public record PageOf<T>(List<T> rows, long total, long from, int size, String next, String previous, boolean first) {

    public PageOf {
        rows = List.copyOf(rows);
    }

    /** An empty first page. */
    public static <T> PageOf<T> empty(int size) {
        return new PageOf<>(List.of(), 0, 0, size, null, null, true);
    }

    /** The position of the last row shown (0 when none). */
    public long to() {
        return rows.isEmpty() ? 0 : from + rows.size() - 1;
    }

    public boolean hasNext() {
        return next != null;
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    /** Whether this is the list's first page (no link back to it). */
    public boolean isFirst() {
        return first;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The same page with other rows (e.g. the rows read decorated for the page), in the same order. */
    public <R> PageOf<R> with(List<R> other) {
        return new PageOf<>(other, total, from, size, next, previous, first);
    }

    /** The page sizes a person may choose. */
    public List<Integer> sizes() {
        return PageQuery.SIZES;
    }
}
