package vn.danvan.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The house way to page a list that can grow (keyset paging, "seek method"): a list is ordered by a few key
 * columns that are unique together (e.g. {@code p.answer_due, p.id}), all in one direction, with an index in
 * that order; a page is the {@code size} rows after (or, going back, before) the keys of the row a cursor
 * names, so that page 2,000 costs what page 1 costs. The exact total of rows that match the filter is counted
 * apart, and each cursor carries the position of its row, so that the page says "Hiển thị 51–100 trên tổng
 * 12.345" without counting twice.
 *
 * <pre>
 * static final Keyset ORDER = Keyset.ascending(Keyset.date("p.answer_due"), Keyset.number("p.id"));
 * String sql = select + where + ORDER.seek(page, params) + ORDER.orderAndLimit(page);
 * PageOf&lt;Row&gt; rows = ORDER.page(page, fetched, r -&gt; List.of(r.due(), r.id()), total);
 * </pre>
 */
public final class Keyset {

    /** The type of a key column as the cursor keeps it. */
    public enum Type {
        LONG(Long.class), TEXT(String.class), DATE(LocalDate.class), TIMESTAMP(OffsetDateTime.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }
    }

    /** A key column: its SQL expression (as in {@code order by}) and its type. */
    public record Key(String column, Type type) {
    }

    public static Key number(String column) {
        return new Key(column, Type.LONG);
    }

    public static Key text(String column) {
        return new Key(column, Type.TEXT);
    }

    public static Key date(String column) {
        return new Key(column, Type.DATE);
    }

    public static Key timestamp(String column) {
        return new Key(column, Type.TIMESTAMP);
    }

    private final List<Key> keys;
    private final boolean descending;

    private Keyset(boolean descending, Key... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("a keyset has at least one key");
        }
        this.keys = List.of(keys);
        this.descending = descending;
    }

    /** Smallest first; the keys together must be unique (end with the id). */
    public static Keyset ascending(Key... keys) {
        return new Keyset(false, keys);
    }

    /** Largest (newest) first; the keys together must be unique (end with the id). */
    public static Keyset descending(Key... keys) {
        return new Keyset(true, keys);
    }

    public List<Key> keys() {
        return keys;
    }

    /**
     * The condition that starts the page after (or before) the cursor's row, {@code " and (a, b) > (:keyset0,
     * :keyset1)"}, its values put in {@code params}; empty for the first page. A row-value comparison, which
     * PostgreSQL answers from an index in the same order. A cursor made for another list is a 400.
     */
    public String seek(PageQuery page, Map<String, Object> params) {
        Cursor cursor = page.cursor();
        if (cursor == null) {
            return "";
        }
        check(cursor);
        boolean greater = descending == cursor.backward();
        var columns = new StringBuilder();
        var values = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                columns.append(", ");
                values.append(", ");
            }
            columns.append(keys.get(i).column());
            values.append(":keyset").append(i);
            params.put("keyset" + i, cursor.values().get(i));
        }
        if (keys.size() == 1) {
            return " and " + columns + (greater ? " > " : " < ") + values;
        }
        return " and (" + columns + ")" + (greater ? " > " : " < ") + "(" + values + ")";
    }

    /** {@code " order by a, b limit size + 1"}: in the list's order, reversed to read a previous page. */
    public String orderAndLimit(PageQuery page) {
        return orderBy(page) + " limit " + (page.size() + 1);
    }

    /** {@code " order by a desc, b desc"}: in the list's order, reversed to read a previous page. */
    public String orderBy(PageQuery page) {
        boolean desc = descending != (page.cursor() != null && page.cursor().backward());
        return keys.stream().map(k -> k.column() + (desc ? " desc" : ""))
                .collect(Collectors.joining(", ", " order by ", ""));
    }

    /** The list's own order, for a query that reads every row (an export): {@code " order by a, b"}. */
    public String orderBy() {
        return orderBy(PageQuery.first());
    }

    /**
     * The page made of the rows read with {@link #seek} and {@link #orderAndLimit} (at most {@code size + 1}),
     * in the list's order, with the cursors of the pages around it. {@code keysOf} gives a row's key values in
     * the order of the keys ({@code Long}, {@code String}, {@code LocalDate}, {@code OffsetDateTime}).
     */
    public <T> PageOf<T> page(PageQuery page, List<T> fetched, Function<T, List<Object>> keysOf, long total) {
        int size = page.size();
        Cursor cursor = page.cursor();
        boolean more = fetched.size() > size;
        List<T> rows = new ArrayList<>(fetched.subList(0, Math.min(size, fetched.size())));
        if (cursor == null || !cursor.backward()) {
            long from = cursor == null ? 1 : cursor.position() + 1;
            if (rows.isEmpty()) {
                // past the end (rows went away since the link was drawn): nothing here, a way back to the first
                return new PageOf<>(rows, total, 0, size, null, null, cursor == null);
            }
            String next = more ? encode(false, from + rows.size() - 1, keysOf.apply(rows.get(rows.size() - 1))) : null;
            String previous = cursor == null ? null : encode(true, from, keysOf.apply(rows.get(0)));
            return new PageOf<>(rows, total, from, size, next, previous, cursor == null);
        }
        Collections.reverse(rows);
        if (rows.isEmpty()) {
            return new PageOf<>(rows, total, 0, size, null, null, false);
        }
        // going back: the first page when nothing is before it (positions set right again if rows came or went)
        long to = cursor.position() - 1;
        long from = more ? Math.max(2, to - rows.size() + 1) : 1;
        String previous = more ? encode(true, from, keysOf.apply(rows.get(0))) : null;
        String next = encode(false, from + rows.size() - 1, keysOf.apply(rows.get(rows.size() - 1)));
        return new PageOf<>(rows, total, from, size, next, previous, !more);
    }

    private String encode(boolean backward, long position, List<Object> values) {
        if (values.size() != keys.size()) {
            throw new IllegalArgumentException("a row gives " + values.size() + " keys, the list has " + keys.size());
        }
        return new Cursor(backward, position, values).encode();
    }

    private void check(Cursor cursor) {
        if (cursor.values().size() != keys.size()) {
            throw Cursor.bad();
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).type().javaType.isInstance(cursor.values().get(i))) {
                throw Cursor.bad();
            }
        }
    }

    /**
     * Where a page starts: after (or, going back, before) the row with these key values, which was at this
     * position (1-based) in the list. Sent as opaque URL-safe text with check bytes, so that a garbled or edited
     * cursor is a 400 ({@code common.paging.badCursor}), never a 500. The check is not a secret signature: a
     * forged cursor could only start a page elsewhere among the rows the filter and the scope already allow.
     */
    public record Cursor(boolean backward, long position, List<Object> values) {

        private static final int VERSION = 1;
        private static final int CHECK_BYTES = 8;
        /** A cursor longer than this is refused before it is decoded. */
        static final int MAX_LENGTH = 1500;
        private static final byte[] SALT = "danvan.keyset.v1|".getBytes(StandardCharsets.UTF_8);

        public Cursor {
            values = List.copyOf(values);
            if (position < 1) {
                throw new IllegalArgumentException("a position starts at 1");
            }
        }

        /** URL-safe base64 of the version, direction, position and typed values, then check bytes. */
        public String encode() {
            try {
                var bytes = new ByteArrayOutputStream();
                var out = new DataOutputStream(bytes);
                out.writeByte(VERSION);
                out.writeBoolean(backward);
                out.writeLong(position);
                out.writeByte(values.size());
                for (Object v : values) {
                    if (v instanceof Long l) {
                        out.writeByte('L');
                        out.writeLong(l);
                    } else if (v instanceof Integer n) {
                        out.writeByte('L');
                        out.writeLong(n);
                    } else if (v instanceof String s) {
                        out.writeByte('S');
                        out.writeUTF(s);
                    } else if (v instanceof LocalDate d) {
                        out.writeByte('D');
                        out.writeLong(d.toEpochDay());
                    } else if (v instanceof OffsetDateTime t) {
                        Instant instant = t.toInstant();
                        out.writeByte('T');
                        out.writeLong(instant.getEpochSecond());
                        out.writeInt(instant.getNano());
                    } else {
                        throw new IllegalArgumentException("a key of type "
                                + (v == null ? "null" : v.getClass().getSimpleName()) + " cannot be in a cursor");
                    }
                }
                out.flush();
                byte[] payload = bytes.toByteArray();
                byte[] all = Arrays.copyOf(payload, payload.length + CHECK_BYTES);
                System.arraycopy(check(payload), 0, all, payload.length, CHECK_BYTES);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The cursor the text stands for; 400 ({@code common.paging.badCursor}) for anything else. */
        public static Cursor decode(String text) {
            if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
                throw bad();
            }
            byte[] all;
            try {
                all = Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw bad();
            }
            if (all.length <= CHECK_BYTES) {
                throw bad();
            }
            byte[] payload = Arrays.copyOf(all, all.length - CHECK_BYTES);
            byte[] check = Arrays.copyOfRange(all, all.length - CHECK_BYTES, all.length);
            if (!MessageDigest.isEqual(check, Arrays.copyOf(check(payload), CHECK_BYTES))) {
                throw bad();
            }
            try {
                var in = new DataInputStream(new ByteArrayInputStream(payload));
                if (in.readUnsignedByte() != VERSION) {
                    throw bad();
                }
                boolean backward = in.readBoolean();
                long position = in.readLong();
                int n = in.readUnsignedByte();
                if (position < 1 || n < 1 || n > 8) {
                    throw bad();
                }
                List<Object> values = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    switch (in.readUnsignedByte()) {
                        case 'L' -> values.add(in.readLong());
                        case 'S' -> values.add(in.readUTF());
                        case 'D' -> values.add(LocalDate.ofEpochDay(in.readLong()));
                        case 'T' -> values.add(OffsetDateTime.ofInstant(
                                Instant.ofEpochSecond(in.readLong(), in.readInt()), ZoneOffset.UTC));
                        default -> throw bad();
                    }
                }
                if (in.available() != 0) {
                    throw bad();
                }
                return new Cursor(backward, position, values);
            } catch (IOException | RuntimeException e) {
                if (e instanceof InvalidRequestException invalid) {
                    throw invalid;
                }
                throw bad();
            }
        }

        static InvalidRequestException bad() {
            return new InvalidRequestException("common.paging.badCursor");
        }

        private static byte[] check(byte[] payload) {
            try {
                var digest = MessageDigest.getInstance("SHA-256");
                digest.update(SALT);
                return Arrays.copyOf(digest.digest(payload), CHECK_BYTES);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
