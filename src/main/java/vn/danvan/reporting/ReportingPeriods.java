package vn.danvan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/** Opens reporting periods: one report per unit that must report, NOT_STARTED. */
@Service
class ReportingPeriods {

    static final String ENTITY = "ReportingPeriod";
    /** Directive 02/CT-UBND clause 3: reports reach Home Affairs before 15 October. */
    static final MonthDay DEFAULT_DEADLINE = MonthDay.of(10, 15);
    private static final Set<UnitKind> NOT_REPORTING = Set.of(UnitKind.FATHERLAND_FRONT,
            UnitKind.SOCIO_POLITICAL_ORGANISATION);

    private final Periods periods;
    private final Reports reports;
    private final ReportingTemplates templates;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportingPeriods(Periods periods, Reports reports, ReportingTemplates templates, OrganisationService organisation,
            OrganisationScope scope, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.periods = periods;
        this.reports = reports;
        this.templates = templates;
        this.organisation = organisation;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The units that report by default: every active unit but the Front and the organisations. */
    List<UnitView> defaultUnits() {
        return organisation.activeUnits().stream().filter(u -> !NOT_REPORTING.contains(u.kind())).toList();
    }

    static LocalDate defaultDeadline(int year) {
        return DEFAULT_DEADLINE.atYear(year);
    }

    /**
     * The rules of a period beyond its form's: the template exists, the deadline lies in the year, the
     * figures' span runs forwards, every unit exists. Null-safe, so that it can run beside field errors.
     */
    List<Problem> check(PeriodForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.templateId() != null && templates.find(form.templateId()).isEmpty()) {
            problems.add(Problem.on("templateId", "reporting.error.template"));
        }
        if (form.deadline() != null && form.year() != null && form.deadline().getYear() != form.year()) {
            problems.add(Problem.on("deadline", "reporting.error.deadlineYear"));
        }
        if (form.spanFrom() != null && form.spanTo() != null && form.spanFrom().isAfter(form.spanTo())) {
            problems.add(Problem.on("spanTo", "reporting.error.span"));
        }
        if (form.unitIds() != null && form.unitIds().stream()
                .anyMatch(id -> id == null || organisation.unit(id).isEmpty())) {
            problems.add(Problem.on("unitIds", "reporting.error.unit"));
        }
        return problems;
    }

    @Transactional
    long open(PeriodForm form) {
        InvalidRequestException.throwIfAny(check(form));
        PeriodRequest request = form.request();
        Set<Long> units = new LinkedHashSet<>(request.unitIds());
        if (units.isEmpty()) {
            throw InvalidRequestException.onField("unitIds", "reporting.error.noUnits");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = ReportWork.actor(scope);
        long id = periods.create(request.year(), request.templateId(), request.deadline(), request.graceDays(),
                request.spanFrom(), request.spanTo(), by, now);
        for (long unitId : units) {
            reports.create(id, unitId, now);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", request.year());
        after.put("deadline", request.deadline());
        after.put("graceDays", request.graceDays());
        after.put("span", request.spanFrom() + ".." + request.spanTo());
        after.put("units", units.size());
        audit.created(ENTITY, id, null, after);
        events.publishEvent(ReportingWorkArrived.opened(id, LocalDate.now(clock.withZone(DanVanTime.ZONE))));
        return id;
    }
}
