package vn.danvan.petition.open311;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.petition.handling.PetitionStatus;

/**
 * Petitions as GeoReport v2 service requests: only what the public may see (the title, the place and its point,
 * the status and its last public note), never the petitioner.
 */
@Component
@Transactional(readOnly = true)
class Open311Requests {

    static final int LIMIT = 1000;

    private final JdbcClient jdbc;

    Open311Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A petition as a service request; {@code lastPublicNote} is the note of its last public step whose note the officer made public, if any. */
    record Row(String code, String title, PetitionStatus status, String place, Long unitId, String serviceCode,
            String serviceName, OffsetDateTime requestedAt, OffsetDateTime updatedAt, LocalDate answerDue,
            String lastPublicNote, BigDecimal latitude, BigDecimal longitude) {
    }

    /**
     * The criteria of a search: by codes alone (the others are then ignored, as the specification
     * says), or by service codes, statuses and the time of receipt.
     */
    record Criteria(List<String> codes, List<String> serviceCodes, Set<PetitionStatus> statuses,
            OffsetDateTime from, OffsetDateTime to) {
    }

    List<Row> find(Criteria c) {
        List<String> where = new ArrayList<>();
        var statement = new StringBuilder("""
                select p.code, p.title, p.status, p.place, p.unit_id, c.code as service_code,
                    c.name as service_name, p.received_at, p.updated_at, p.answer_due, p.latitude, p.longitude,
                    (select s.note from petition_step s where s.petition_id = p.id and s.public_step and s.note_public
                     order by s.occurred_at desc, s.id desc fetch first 1 rows only) as last_note
                from petition p join petition_category c on c.id = p.category_id
                """);
        if (!c.codes().isEmpty()) {
            where.add("p.code in (:codes)");
        } else {
            if (!c.serviceCodes().isEmpty()) {
                where.add("c.code in (:services)");
            }
            if (!c.statuses().isEmpty()) {
                where.add("p.status in (:statuses)");
            }
            where.add("p.received_at >= :from");
            where.add("p.received_at <= :to");
        }
        statement.append(" where ").append(String.join(" and ", where));
        statement.append(" order by p.received_at desc, p.id desc fetch first " + LIMIT + " rows only");
        var query = jdbc.sql(statement.toString());
        if (!c.codes().isEmpty()) {
            query = query.param("codes", c.codes());
        } else {
            if (!c.serviceCodes().isEmpty()) {
                query = query.param("services", c.serviceCodes());
            }
            if (!c.statuses().isEmpty()) {
                query = query.param("statuses", names(c.statuses()));
            }
            query = query.param("from", c.from()).param("to", c.to());
        }
        return query.query((rs, n) -> new Row(rs.getString("code"), rs.getString("title"),
                PetitionStatus.valueOf(rs.getString("status")), rs.getString("place"),
                rs.getObject("unit_id", Long.class), rs.getString("service_code"), rs.getString("service_name"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("answer_due", LocalDate.class), rs.getString("last_note"), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"))).list();
    }

    private static List<String> names(Collection<PetitionStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
