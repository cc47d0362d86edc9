package vn.danvan.reporting;

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
    private final OrganisationScope scope;

    ReportingApiController(ReportingService reporting, OrganisationScope scope) {
        this.reporting = reporting;
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
            description = "District-wide roles see every unit; others their unit and the units under it.",
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

    record PeriodJson(long id, int year, LocalDate deadline, int graceDays, LocalDate from, LocalDate to,
            boolean consolidated, boolean approved) {
    }

    record UnitJson(String unitCode, String unitName, String status, OffsetDateTime submittedAt, Boolean onTime) {
    }

    record CompletenessJson(long periodId, int expected, int submitted, int onTime, int late, int missing,
            String completenessRate, String timelinessRate, List<UnitJson> units) {
    }
}
