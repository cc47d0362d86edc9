package vn.danvan.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.indicator.Rates;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.DanVanTime;

/**
 * The on-time figures of a period for the units in scope: per unit and per procedure, the dossiers
 * returned in the period, those returned on or before their appointment date, and the on-time rate.
 */
@Service
@Transactional(readOnly = true)
class DossierFigures {

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final Dossiers dossiers;

    DossierFigures(JdbcClient jdbc, OrganisationScope scope, Dossiers dossiers) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.dossiers = dossiers;
    }

    /** One line: a unit or a procedure, with its received, returned and on-time counts. */
    public record Line(String name, long received, long returned, long onTime) {
        /** Per cent with one decimal, null when nothing was returned. */
        public BigDecimal rate() {
            return Rates.percent(onTime, returned);
        }
    }

    public record Figures(List<Line> units, List<Line> procedures) {
    }

    public Figures of(LocalDate from, LocalDate to) {
        dossiers.requireUse();
        var units = scope.visibleUnits();
        OffsetDateTime start = from.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        Map<String, long[]> byUnit = new LinkedHashMap<>();
        Map<String, long[]> byProcedure = new LinkedHashMap<>();
        jdbc.sql("""
                select d.unit_id, u.name as unit_name, p.name as procedure_name, d.received_at, d.returned_at,
                       d.due_date, d.state
                  from dossier d join org_unit u on u.id = d.unit_id join dossier_procedure p on p.id = d.procedure_id
                 where (d.received_at >= :start and d.received_at < :end)
                    or (d.returned_at >= :start and d.returned_at < :end)
                 order by u.name, p.name""")
                .param("start", start).param("end", end)
                .query(rs -> {
                    if (!units.includes(rs.getLong("unit_id"))) {
                        return;
                    }
                    OffsetDateTime received = rs.getObject("received_at", OffsetDateTime.class);
                    OffsetDateTime returned = rs.getObject("returned_at", OffsetDateTime.class);
                    boolean inReceived = !received.isBefore(start) && received.isBefore(end);
                    boolean inReturned = returned != null && "RETURNED".equals(rs.getString("state"))
                            && !returned.isBefore(start) && returned.isBefore(end);
                    boolean onTime = inReturned && DossierRules.onTime(
                            returned.atZoneSameInstant(DanVanTime.ZONE).toLocalDate(),
                            rs.getObject("due_date", LocalDate.class));
                    for (long[] c : List.of(byUnit.computeIfAbsent(rs.getString("unit_name"), k -> new long[3]),
                            byProcedure.computeIfAbsent(rs.getString("procedure_name"), k -> new long[3]))) {
                        c[0] += inReceived ? 1 : 0;
                        c[1] += inReturned ? 1 : 0;
                        c[2] += onTime ? 1 : 0;
                    }
                });
        return new Figures(lines(byUnit), lines(byProcedure));
    }

    private static List<Line> lines(Map<String, long[]> counts) {
        List<Line> out = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(new Line(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])));
        return out;
    }
}
