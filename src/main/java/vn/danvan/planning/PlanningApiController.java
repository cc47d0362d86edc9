package vn.danvan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.shared.web.InvalidRequestException;

/** The annual plans of the units in the caller's scope, read-only, for the province's or a unit's own tools. */
@RestController
@RequestMapping("/api/v1/planning")
@Tag(name = "Planning", description = "Annual civic-engagement plans (Directive 02/CT-UBND, clause 1a)")
class PlanningApiController {

    private final PlanOverview overview;
    private final Plans plans;

    PlanningApiController(PlanOverview overview, Plans plans) {
        this.overview = overview;
        this.plans = plans;
    }

    @GetMapping("/plans")
    @Operation(summary = "Each unit in the caller's scope with its plan of the year",
            description = "Every unit that makes a plan, in the caller's scope (all units for Home Affairs, leaders "
                    + "and administrators): state (NONE when there is no plan yet, DRAFT, SUBMITTED, APPROVED, "
                    + "RETURNED), approval time, number, item count and average progress (percent).",
            security = @SecurityRequirement(name = "bearer"))
    List<PlanRow> plans(@Parameter(description = "Year of the plans", example = "2026") @RequestParam int year) {
        if (year < PlanningUnits.FIRST_YEAR || year > 2100) {
            throw new InvalidRequestException("planning.error.year");
        }
        return overview.rows(year, null).stream()
                .map(r -> new PlanRow(r.unitCode(), r.unitName(), r.planId(), r.state(), r.approvedAt(),
                        r.documentNumber(), r.items(), r.averageProgress()))
                .toList();
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan with its items",
            description = "403 when the plan's unit is outside the caller's scope, 404 when there is no such plan.",
            security = @SecurityRequirement(name = "bearer"))
    PlanDetail plan(@Parameter(description = "Plan id", example = "1") @PathVariable long id) {
        PlanView p = plans.view(id);
        return new PlanDetail(p.id(), p.unitCode(), p.unitName(), p.year(), p.status().name(), p.approvedAt(),
                p.documentNumber(), p.averageProgress(), p.items().stream()
                        .map(i -> new ItemDetail(i.id(), i.task().clause(), i.professionalWork(), i.content(),
                                i.ownerName(), i.dueDate(), i.targetText(), i.targetNumber(), i.targetUnit(),
                                i.progress(), i.progressNote(), i.completedOn(),
                                i.guides().stream().map(PlanItem.GuideReference::numberSymbol).toList(),
                                i.evidence().stream().map(e -> new EvidenceDetail(e.kind().name(), e.petitionCode(),
                                        e.url(), e.label())).toList()))
                        .toList());
    }

    record PlanRow(String unitCode, String unitName, Long planId, String state, OffsetDateTime approvedAt,
            String documentNumber, int items, BigDecimal averageProgress) {
    }

    record PlanDetail(long id, String unitCode, String unitName, int year, String state, OffsetDateTime approvedAt,
            String documentNumber, BigDecimal averageProgress, List<ItemDetail> items) {
    }

    record ItemDetail(long id, String directiveTask, String professionalWork, String content, String owner,
            LocalDate dueDate, String targetText, BigDecimal targetNumber, String targetUnit, int progress,
            String progressNote, LocalDate completedOn, List<String> guidingDocuments, List<EvidenceDetail> evidence) {
    }

    record EvidenceDetail(String kind, String petitionCode, String url, String label) {
    }
}
