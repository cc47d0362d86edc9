package vn.danvan.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;

/**
 * What units made public, for the portal: the unit, the catalogue item, the title, the summary, the forms and the
 * public period; never who recorded it, the files or the residents' comments. Newest first, a page at a time.
 */
@Component
@Transactional(readOnly = true)
class PublicDisclosures {

    static final Keyset ORDER = Keyset.descending(Keyset.date("d.public_from"), Keyset.number("d.id"));

    /** A disclosure as the portal shows it. */
    record Shown(long id, String unit, String itemCode, String item, String title, String summary,
            Set<DisclosureChannel> channels, LocalDate publicFrom, LocalDate publicTo) {
    }

    /** The portal's filter; any may be null. */
    record Filter(Long unitId, Long itemId, Integer year) {
    }

    private final JdbcClient jdbc;

    PublicDisclosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<Shown> page(Filter f, PageQuery page) {
        var where = new StringBuilder(" where d.public_from is not null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.unitId() != null) {
            where.append(" and d.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.itemId() != null) {
            where.append(" and d.item_id = :item");
            params.put("item", f.itemId());
        }
        if (f.year() != null) {
            where.append(" and d.public_from >= :yearStart and d.public_from < :yearEnd");
            params.put("yearStart", LocalDate.of(f.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(f.year() + 1, 1, 1));
        }
        long total = jdbc.sql("select count(*) from disclosure d" + where).params(params).query(Long.class).single();
        String seek = ORDER.seek(page, params);
        List<Shown> rows = jdbc.sql("""
                select d.id, u.name as unit, i.code, i.title as item, d.title, d.summary, d.forms, d.public_from,
                       d.public_to
                  from disclosure d join disclosure_item i on i.id = d.item_id join org_unit u on u.id = d.unit_id"""
                        + where + seek + ORDER.orderAndLimit(page)).params(params)
                .query((rs, n) -> new Shown(rs.getLong("id"), rs.getString("unit"), rs.getString("code"),
                        rs.getString("item"), rs.getString("title"), rs.getString("summary"),
                        DisclosureChannel.parse(rs.getString("forms")), rs.getObject("public_from", LocalDate.class),
                        rs.getObject("public_to", LocalDate.class)))
                .list();
        return ORDER.page(page, rows, s -> List.of(s.publicFrom(), s.id()), total);
    }

    /** The units that have made something public, for the portal's filter. */
    List<Map.Entry<Long, String>> units() {
        return jdbc.sql("""
                select distinct u.id, u.name from disclosure d join org_unit u on u.id = d.unit_id
                 where d.public_from is not null order by u.name""")
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list();
    }
}
