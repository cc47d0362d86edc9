package vn.danvan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.organisation.OrganisationScope;

/** Reporting periods and, per unit in the caller's scope, whether its report came and on time. */
@RestController
@Tag(name = "Reporting", description = "Yearly civic-engagement reports (Directive 02/CT-UBND clause 3)")
class ReportingApiController {

    private final ReportingService reporting;
    private final Consolidation consolidation;
    private final OrganisationScope scope;

    ReportingApiController(ReportingService reporting, Consolidation consolidation, OrganisationScope scope) {
        this.reporting = reporting;
        this.consolidation = consolidation;
        this.scope = scope;
    }

    @GetMapping("/api/v1/reporting/periods")
    @Operation(summary = "Reporting periods, newest first", security = @SecurityRequirement(name = "bearer"))
    List<PeriodJson> periods() {
        scope.requireUser();
        return reporting.periods().stream()
                .map(p -> new PeriodJson(p.id(), p.year(), p.deadline(), p.graceDays(), p.spanFrom(), p.spanTo(),
                        p.consolidated(), p.approved()))
                .toList();
    }

    @GetMapping("/api/v1/reporting/periods/{id}/completeness")
    @Operation(summary = "Per unit of the caller's scope: status, submission time, on time or late",
            description = "Home Affairs officers, leaders and administrators see every unit; others their unit and the units under it.",
            security = @SecurityRequirement(name = "bearer"))
    CompletenessJson completeness(@PathVariable long id) {
        List<UnitReportStatus> rows = reporting.visibleReports(id);
        if (rows.isEmpty() && !scope.requireUser().districtWide()) {
            throw new AccessDeniedException("no unit of the caller reports in period " + id);
        }
        Completeness c = reporting.completeness(rows);
        return new CompletenessJson(id, c.expected(), c.submitted(), c.onTime(), c.late(), c.missing(),
                c.completenessText(), c.timelinessText(),
                rows.stream().map(r -> new UnitJson(r.unitCode(), r.unitName(), r.state().name(), r.submittedAt(),
                        r.onTime())).toList());
    }

    @GetMapping("/api/v1/reporting/periods/{id}/totals")
    @Operation(summary = "The consolidated figures of the period, per indicator of its template",
            description = "Over the submitted and accepted reports, as the consolidated report shows them: the sum "
                    + "for counts (aggregation SUM), the number of yes answers for yes/no (YES_COUNT), the mean "
                    + "rounded to 4 decimals for percentages, days and ratings (MEAN); total is null when no counted "
                    + "report gave a value; reports is the number of reports that gave one. Roles that see every unit "
                    + "(Home Affairs, leaders, administrators) only; 403 for others.",
            security = @SecurityRequirement(name = "bearer"))
    TotalsJson totals(@PathVariable long id) {
        if (!scope.requireUser().districtWide()) {
            throw new AccessDeniedException("consolidated totals are for roles that see every unit");
        }
        return new TotalsJson(id, consolidation.totals(id).stream()
                .map(t -> new IndicatorTotalJson(t.code(), t.label(), t.kind().name(), aggregation(t), t.total(),
                        t.reports()))
                .toList());
    }

    private static String aggregation(Consolidation.IndicatorTotal t) {
        return switch (t.kind()) {
            case COUNT -> "SUM";
            case YES_NO -> "YES_COUNT";
            default -> "MEAN";
        };
    }

    record PeriodJson(long id, int year, LocalDate deadline, int graceDays, LocalDate from, LocalDate to,
            boolean consolidated, boolean approved) {
    }

    record UnitJson(String unitCode, String unitName, String status, OffsetDateTime submittedAt, Boolean onTime) {
    }

    record IndicatorTotalJson(String code, String label, String kind, String aggregation, BigDecimal total,
            long reports) {
    }

    record TotalsJson(long periodId, List<IndicatorTotalJson> indicators) {
    }

    record CompletenessJson(long periodId, int expected, int submitted, int onTime, int late, int missing,
            String completenessRate, String timelinessRate, List<UnitJson> units) {
    }
}
