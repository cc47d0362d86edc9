package vn.danvan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.NotFoundException;

/**
 * What other modules (the leader dashboard, commendation) ask of reporting: the periods, the current
 * one, and where each unit's report stands.
 */
@Service
@Transactional(readOnly = true)
class ReportingService {

    private final Periods periods;
    private final Reports reports;
    private final OrganisationScope scope;
    private final Clock clock;

    ReportingService(Periods periods, Reports reports, OrganisationScope scope, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.scope = scope;
        this.clock = clock;
    }

    /** Every period, newest first. */
    public List<ReportingPeriod> periods() {
        return periods.list();
    }

    public Optional<ReportingPeriod> period(long id) {
        return periods.find(id);
    }

    /**
     * The period of this year (the latest opened for it), else the most recent before it; empty
     * when none was ever opened.
     */
    public Optional<ReportingPeriod> currentPeriod() {
        int year = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        List<ReportingPeriod> all = periods.list();
        return all.stream().filter(p -> p.year() <= year).max(Comparator.comparingInt(ReportingPeriod::year)
                .thenComparingLong(ReportingPeriod::id));
    }

    /** Per unit id, where its report of the period stands and whether it came on time (no scope applied). */
    public Map<Long, UnitReportStatus> reportStates(long periodId) {
        Map<Long, UnitReportStatus> states = new LinkedHashMap<>();
        reports.statuses(periodId, null).forEach(r -> states.put(r.unitId(), r));
        return states;
    }

    /** The reports of the period the signed-in person may see: every unit for district-wide roles. */
    public List<UnitReportStatus> visibleReports(long periodId) {
        periods.find(periodId).orElseThrow(() -> new NotFoundException("period", periodId));
        var visible = scope.visibleUnits();
        return reports.statuses(periodId, visible.idsOrNull());
    }

    /** Completeness and timeliness over the given reports. */
    public Completeness completeness(List<UnitReportStatus> reports) {
        return Completeness.of(reports);
    }
}
