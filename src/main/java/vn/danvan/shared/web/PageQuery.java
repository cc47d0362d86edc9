package vn.danvan.shared.web;

import java.util.List;

import vn.danvan.shared.text.TypedText;

/**
 * What a person asked of a paged list: how many rows a page shows (20, 50 or 100; 50 when not said) and where
 * the page starts (an opaque {@link Keyset.Cursor} from a "next" or "previous" link; none for the first page).
 * A handler takes it as a parameter ({@code PageQuery page}); {@link PagingArguments} reads it from the
 * request parameters {@code size} and {@code cursor}, and answers 400 with a Vietnamese message when either
 * was garbled or tampered with.
 */
public record PageQuery(int size, Keyset.Cursor cursor) {

    public static final List<Integer> SIZES = List.of(20, 50, 100);
    public static final int DEFAULT_SIZE = 50;
    public static final String SIZE_PARAMETER = "size";
    public static final String CURSOR_PARAMETER = "cursor";

    public PageQuery {
        if (!SIZES.contains(size)) {
            throw new InvalidRequestException("common.paging.badSize", SIZES.get(0), SIZES.get(1), SIZES.get(2));
        }
    }

    /** The first page of the default size. */
    public static PageQuery first() {
        return new PageQuery(DEFAULT_SIZE, null);
    }

    /** The first page of the given size. */
    public static PageQuery first(int size) {
        return new PageQuery(size, null);
    }

    /** The page as the request parameters say: blank means the default (400 for anything else not allowed). */
    public static PageQuery of(String size, String cursor) {
        int n = DEFAULT_SIZE;
        if (!TypedText.isBlank(size)) {
            String s = size.strip();
            if (s.length() > 3 || !s.chars().allMatch(Character::isDigit)) {
                throw new InvalidRequestException("common.paging.badSize", SIZES.get(0), SIZES.get(1), SIZES.get(2));
            }
            n = Integer.parseInt(s);
        }
        return new PageQuery(n, TypedText.isBlank(cursor) ? null : Keyset.Cursor.decode(cursor.strip()));
    }

    /** Whether this is the first page (no cursor). */
    public boolean isFirst() {
        return cursor == null;
    }
}
