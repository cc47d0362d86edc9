package vn.danvan.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.Role;
import vn.danvan.shared.indicator.IndicatorValue;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The steps of a unit's report: the unit's officers and head start it (figures stored from the
 * modules), write it and refresh its figures; the head signs it off and submits it; Home Affairs
 * returns it with comments, accepts it, or reopens an accepted one with a reason. Each step checks
 * who may take it, is written to the history and the audit log, and fails on a stale version.
 */
@Service
@Transactional
class ReportWork {

    static final String ENTITY = "UnitReport";

    private final Reports reports;
    private final Periods periods;
    private final ReportingTemplates templates;
    private final IndicatorCatalogue catalogue;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportWork(Reports reports, Periods periods, ReportingTemplates templates, IndicatorCatalogue catalogue,
            OrganisationScope scope, OrganisationService organisation, AuditService audit,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.reports = reports;
        this.periods = periods;
        this.templates = templates;
        this.catalogue = catalogue;
        this.scope = scope;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    static String actor(OrganisationScope scope) {
        return scope.currentUser().map(CurrentUser::username).orElse("system");
    }

    /** The report, if the current user may see its unit (403 otherwise). */
    @Transactional(readOnly = true)
    UnitReport visible(long reportId) {
        UnitReport r = reports.find(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        scope.checkUnit(r.unitId());
        return r;
    }

    /** The report, if the current user is of its unit's staff (its head when {@code headOnly}); 403 otherwise. */
    @Transactional(readOnly = true)
    UnitReport ofOwnUnit(long reportId, boolean headOnly) {
        UnitReport r = visible(reportId);
        CurrentUser user = scope.requireUser();
        boolean member = organisation.branch(user.unitId()).contains(r.unitId());
        boolean allowed = headOnly ? user.has(Role.UNIT_HEAD) : user.has(Role.UNIT_HEAD) || user.has(Role.OFFICER);
        if (!member || !allowed) {
            throw new AccessDeniedException("not staff of the report's unit");
        }
        return r;
    }

    /** The report, if the current user reviews reports for Home Affairs; 403 otherwise. */
    @Transactional(readOnly = true)
    UnitReport forReview(long reportId) {
        UnitReport r = visible(reportId);
        requireRole(scope, Role.HOME_AFFAIRS);
        return r;
    }

    void start(long reportId, long version) {
        UnitReport r = forUnit(reportId, version, false);
        ReportState before = r.state();
        r.start();
        storeFigures(r);
        finish(r, before, "start", null);
    }

    /** Reads the figures again from the modules; the state does not change. */
    void refreshFigures(long reportId, long version) {
        UnitReport r = forUnit(reportId, version, false);
        if (!r.state().editable()) {
            throw r.state() == ReportState.ACCEPTED ? new InvalidRequestException("reporting.error.locked")
                    : new InvalidRequestException("reporting.error.notEditable");
        }
        ReportState before = r.state();
        r.start();
        storeFigures(r);
        finish(r, before, "refresh", null);
    }

    /**
     * The narrative per section, the sections marked as highlights, manual figures (as typed, each
     * matching {@link FigureInput#PATTERN}; left empty, the figure stays as it was) and the self-rating.
     */
    void write(long reportId, long version, Map<String, String> sections, Set<String> highlights,
            Map<String, String> manualFigures, SelfRating rating) {
        UnitReport r = forUnit(reportId, version, false);
        ReportState before = r.state();
        boolean first = before == ReportState.NOT_STARTED;
        r.edit(rating);
        if (first) {
            storeFigures(r);
        }
        ReportingPeriod period = period(r);
        var template = templates.find(period.templateId()).orElseThrow();
        for (TemplateSection s : template.sections()) {
            reports.saveSection(r.id(), s.code(), TypedText.of(sections.get(s.code())), highlights.contains(s.code()));
        }
        for (TemplateIndicator i : template.indicators()) {
            BigDecimal typed = i.manual() ? FigureInput.read(manualFigures.get(i.code())) : null;
            if (typed != null) {
                reports.saveFigure(r.id(), i.code(), typed, null);
            }
        }
        finish(r, before, "write", null);
    }

    void signOff(long reportId, long version) {
        UnitReport r = forUnit(reportId, version, true);
        ReportState before = r.state();
        r.signOff();
        finish(r, before, "signOff", null);
    }

    void submit(long reportId, long version) {
        UnitReport r = forUnit(reportId, version, true);
        ReportState before = r.state();
        r.submit(OffsetDateTime.now(clock), period(r).due());
        finish(r, before, "submit", null);
    }

    void returnForCorrection(long reportId, long version, String comment) {
        UnitReport r = forHomeAffairs(reportId, version);
        ReportState before = r.state();
        r.returnForCorrection(comment);
        finish(r, before, "return", TypedText.of(comment));
        events.publishEvent(ReportingWorkArrived.returned(r.periodId(), r.id(), version,
                LocalDate.now(clock.withZone(DanVanTime.ZONE))));
    }

    void accept(long reportId, long version) {
        UnitReport r = forHomeAffairs(reportId, version);
        ReportState before = r.state();
        r.accept();
        finish(r, before, "accept", null);
    }

    void reopen(long reportId, long version, String reason) {
        UnitReport r = forHomeAffairs(reportId, version);
        ReportState before = r.state();
        r.reopen(reason);
        finish(r, before, "reopen", TypedText.of(reason));
    }

    private void storeFigures(UnitReport r) {
        ReportingPeriod period = period(r);
        var template = templates.find(period.templateId()).orElseThrow();
        Set<String> offered = template.indicators().stream().filter(i -> !i.manual()).map(TemplateIndicator::code)
                .collect(Collectors.toSet());
        for (IndicatorValue v : catalogue.values(r.unitId(), period.spanFrom(), period.spanTo(), offered)) {
            reports.saveFigure(r.id(), v.code(), v.value(), v.link());
        }
    }

    private void finish(UnitReport r, ReportState before, String action, String comment) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        reports.save(r, now);
        reports.step(r.id(), action, before, r.state(), comment, actor(scope), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("action", action);
        after.put("state", r.state().name());
        if (comment != null) {
            after.put("comment", comment);
        }
        if (r.onTime() != null) {
            after.put("onTime", r.onTime());
        }
        audit.updated(ENTITY, r.id(), r.unitId(), Map.of("state", before.name()), after);
    }

    /** The unit's own staff (its officers, or its head when {@code headOnly}) act on its report. */
    private UnitReport forUnit(long reportId, long version, boolean headOnly) {
        UnitReport r = current(reportId, version);
        ofOwnUnit(reportId, headOnly);
        return r;
    }

    private UnitReport forHomeAffairs(long reportId, long version) {
        UnitReport r = current(reportId, version);
        requireRole(scope, Role.HOME_AFFAIRS);
        return r;
    }

    /** The signed-in account, if it holds the role (administrators may stand in for any); 403 otherwise. */
    static CurrentUser requireRole(OrganisationScope scope, Role role) {
        CurrentUser user = scope.requireUser();
        if (!user.has(role) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException(role + " only");
        }
        return user;
    }

    private UnitReport current(long reportId, long version) {
        UnitReport r = visible(reportId);
        if (r.version() != version) {
            throw new OptimisticLockingFailureException("report " + reportId + " changed meanwhile");
        }
        return r;
    }

    private ReportingPeriod period(UnitReport r) {
        return periods.find(r.periodId()).orElseThrow();
    }
}
