package vn.danvan.organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.shared.text.VietnameseText;

/**
 * More units than a list may hold ({@link UnitPicker#LIST_LIMIT}), for a test: a province's committee at the top of
 * a tree of its own and its communes, each named with a word of this set alone ({@link #token}). Made by SQL as
 * {@code bench/scale} seeds units (hundreds at once, without an audit entry or an event each) and deleted by
 * {@link #close()}: every person whose scope is the whole tree (the demo's chairman, Home Affairs, the
 * administrator) sees them while they exist, so a test keeps them only as long as it needs them and puts no
 * record in them.
 */
public final class ManyUnits implements AutoCloseable {

    /** A word in the name and the code of every unit made here, and in no other. */
    public final String token;
    public final long committeeId;
    public final List<Long> communeIds = new ArrayList<>();
    private final JdbcClient jdbc;

    private ManyUnits(JdbcClient jdbc, int communes) {
        this.jdbc = jdbc;
        this.token = "nhieu" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        this.committeeId = insert(token.toUpperCase() + "-UBND", committeeName(), UnitKind.PEOPLES_COMMITTEE, null);
        for (int i = 1; i <= communes; i++) {
            communeIds.add(insert(communeCode(i), communeName(i), UnitKind.COMMUNE_COMMITTEE, committeeId));
        }
    }

    /** A committee and {@code communes} communes under it. */
    public static ManyUnits create(ApplicationContext context, int communes) {
        return new ManyUnits(context.getBean(JdbcClient.class), communes);
    }

    public String committeeName() {
        return "Ủy ban nhân dân tỉnh Đồi Thông " + token;
    }

    /** The name of commune {@code i} (from 1): "Ủy ban nhân dân xã Đồi Thông Số 7 nhieu…". */
    public String communeName(int i) {
        return "Ủy ban nhân dân xã Đồi Thông Số " + i + " " + token;
    }

    public String communeCode(int i) {
        return token.toUpperCase() + "-X" + i;
    }

    public long communeId(int i) {
        return communeIds.get(i - 1);
    }

    /** Retires commune {@code i} as an administrator would (the unit stays, no longer offered). */
    public void retire(int i) {
        jdbc.sql("update unit set retired_on = :on, retired_reason = 'Sáp nhập' where id = :id")
                .param("on", LocalDate.now()).param("id", communeId(i)).update();
    }

    private long insert(String code, String name, UnitKind kind, Long parent) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into unit (code, name, search_key, kind, parent_id, active_from, created_at, updated_at, version)
                values (:code, :name, :key, :kind, :parent, :from, :now, :now, 0)""")
                .param("code", code).param("name", name).param("key", VietnameseText.searchKey(name + " " + code))
                .param("kind", kind.name()).param("parent", parent).param("from", LocalDate.now()).param("now", now)
                .update();
        return jdbc.sql("select id from unit where code = :code").param("code", code).query(Long.class).single();
    }

    @Override
    public void close() {
        jdbc.sql("delete from unit where parent_id = :id").param("id", committeeId).update();
        jdbc.sql("delete from unit where id = :id").param("id", committeeId).update();
    }
}
