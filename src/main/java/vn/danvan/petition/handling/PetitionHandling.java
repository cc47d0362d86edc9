package vn.danvan.petition.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.StaffMember;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.petition.deadlines.PetitionNotices;
import vn.danvan.petition.intake.PetitionIntake;

/**
 * The unit's handling of a petition: who may take which step, in the unit's scope. Every step is
 * saved with the state, appended to the status history and audited.
 */
@Service
@Transactional
class PetitionHandling {

    private final PetitionRepository petitions;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final PetitionNotices notices;
    private final WorkingCalendar calendar;
    private final Clock clock;

    PetitionHandling(PetitionRepository petitions, OrganisationScope scope, OrganisationService organisation,
            AuditService audit, PetitionNotices notices, WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.notices = notices;
        this.petitions = petitions;
        this.scope = scope;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The petition, if the current user may see it: its unit is in scope, or it awaits routing by Home Affairs. */
    @Transactional(readOnly = true)
    Petition visible(long id) {
        Petition p = petitions.find(id).orElseThrow(() -> new NotFoundException("petition", id));
        checkVisible(p);
        return p;
    }

    void checkVisible(Petition p) {
        CurrentUser user = scope.requireUser();
        boolean visible = p.unitId() == null ? user.districtWide() : scope.canSee(p.unitId());
        if (!visible) {
            throw new AccessDeniedException("petition " + p.id() + " outside scope");
        }
    }

    void accept(long id) {
        act(id, false, Petition::accept);
    }

    void refuse(long id, String reason, boolean reasonPublic) {
        act(id, false, p -> p.refuse(reason, reasonPublic));
    }

    void transfer(long id, long toUnitId, String reason, boolean reasonPublic) {
        organisation.unit(toUnitId).filter(u -> !u.retired())
                .orElseThrow(() -> InvalidRequestException.onField("unitId", "petition.error.unit"));
        act(id, false, p -> p.transfer(toUnitId, reason, reasonPublic));
    }

    void route(long id, long toUnitId) {
        CurrentUser user = scope.requireUser();
        if (!user.has(Role.HOME_AFFAIRS) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("routing is for Home Affairs");
        }
        organisation.unit(toUnitId).filter(u -> !u.retired())
                .orElseThrow(() -> InvalidRequestException.onField("unitId", "petition.error.unit"));
        Petition p = visible(id);
        p.route(toUnitId);
        save(p, Map.of("unitId", "null"), Map.of("unitId", toUnitId));
        p.recordedSteps().forEach(step -> notices.changed(p, step));
    }

    void assign(long id, long accountId) {
        act(id, true, p -> {
            StaffMember member = organisation.staffOf(p.unitId()).stream().filter(m -> m.accountId() == accountId)
                    .findFirst().orElseThrow(() -> InvalidRequestException.onField("accountId", "petition.error.assignee"));
            p.assign(member.accountId(), member.fullName());
        });
    }

    void start(long id) {
        act(id, false, Petition::startWork);
    }

    void requestInformation(long id, String what, boolean whatPublic) {
        act(id, false, p -> p.requestInformation(what, whatPublic));
    }

    void draftAnswer(long id, String text) {
        act(id, false, p -> p.draftAnswer(text));
    }

    void returnDraft(long id, String why) {
        act(id, true, p -> p.returnDraft(why));
    }

    void approveAnswer(long id, boolean publish, String redactedText) {
        act(id, true, p -> p.approveAnswer(publish, redactedText, OffsetDateTime.now(clock)));
    }

    void close(long id) {
        act(id, false, Petition::close);
    }

    void reopen(long id, String why, boolean whyPublic) {
        act(id, false, p -> p.reopen(why, whyPublic));
    }

    /** The petitioner's contact, for those handling the case; every view is audited. */
    Petitioner petitioner(long id) {
        Petition p = visible(id);
        requireHandler(p, false);
        audit.viewedPersonalData(PetitionIntake.ENTITY, id, p.unitId());
        return petitions.petitioner(id).orElse(new Petitioner(null, null, null, null, null));
    }

    private void act(long id, boolean headOnly, Consumer<Petition> action) {
        Petition p = visible(id);
        requireHandler(p, headOnly);
        Map<String, Object> before = fields(p);
        PetitionStatus was = p.status();
        action.accept(p);
        if (was == PetitionStatus.INFO_REQUESTED && p.status() != PetitionStatus.INFO_REQUESTED) {
            resumeAnswerClock(p);
        }
        save(p, before, fields(p));
        p.recordedSteps().forEach(step -> notices.changed(p, step));
    }

    /**
     * The days spent waiting for the petitioner's information do not count against the unit: the
     * answer is due that many calendar days later (moved to a working day).
     */
    private void resumeAnswerClock(Petition p) {
        petitions.steps(p.id()).stream().filter(s -> s.action().equals("REQUEST_INFO"))
                .reduce((first, second) -> second)
                .ifPresent(asked -> {
                    LocalDate askedOn = asked.at().atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
                    LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
                    long waited = ChronoUnit.DAYS.between(askedOn, today);
                    if (waited > 0) {
                        p.extendAnswerDue(calendar.addCalendarDays(p.answerDue(), (int) waited));
                    }
                });
    }

    private void requireHandler(Petition p, boolean headOnly) {
        CurrentUser user = scope.requireUser();
        boolean handler = headOnly ? user.has(Role.UNIT_HEAD)
                : user.has(Role.UNIT_HEAD) || user.has(Role.OFFICER) || user.has(Role.HOME_AFFAIRS);
        if (!handler || p.unitId() == null) {
            throw new AccessDeniedException("not a handler of petition " + p.id());
        }
    }

    private void save(Petition p, Map<String, ?> before, Map<String, ?> after) {
        petitions.save(p, scope.requireUser().username());
        audit.updated(PetitionIntake.ENTITY, p.id(), p.unitId(), before, after);
    }

    private static Map<String, Object> fields(Petition p) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("status", p.status());
        m.put("unitId", p.unitId());
        m.put("answerDue", p.answerDue());
        m.put("assigneeAccountId", p.assigneeAccountId());
        m.put("answerDraft", p.answerDraft());
        m.put("answer", p.answer());
        m.put("publicAnswer", p.publicAnswer());
        m.put("published", p.published());
        return m;
    }
}
