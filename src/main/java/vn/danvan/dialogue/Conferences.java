package vn.danvan.dialogue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.PersonView;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.Role;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Conferences and reception sessions: scheduling by the host unit's officers and head, holding with
 * the attendance count, the staff list within scope and the public list for the portal.
 */
@Service
@Transactional
class Conferences {

    private final ConferenceRepository conferences;
    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final WorkingCalendar calendar;
    private final AuditService audit;
    private final OrganisationService organisation;
    private final Clock clock;

    Conferences(ConferenceRepository conferences, JdbcClient jdbc, OrganisationScope scope, WorkingCalendar calendar,
            AuditService audit, OrganisationService organisation, Clock clock) {
        this.conferences = conferences;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.scope = scope;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Scheduled, or the problems on their fields with nothing saved. */
    public record Scheduled(Long id, boolean shortNotice, List<Problem> problems) {
    }

    /** Whether the current user may record conferences of the unit: its officers and head, within scope. */
    @Transactional(readOnly = true)
    public boolean canRecord(long unitId) {
        CurrentUser user = scope.requireUser();
        return (user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD)) && scope.canSee(unitId);
    }

    /** The people who may chair a conference of the unit: those of the unit itself, then of its parent unit. */
    @Transactional(readOnly = true)
    public List<PersonView> chairCandidates(long unitId) {
        List<PersonView> people = new ArrayList<>(organisation.peopleOf(unitId));
        organisation.unit(unitId).map(UnitView::parentId).ifPresent(parent -> people.addAll(organisation.peopleOf(parent)));
        return people;
    }

    /** "Trần Văn Bình, Chủ tịch UBND xã An Bình": the chair as recorded, a snapshot of name and title. */
    static String chairLine(PersonView person) {
        return person.title() == null || person.title().isBlank() ? person.fullName()
                : person.fullName() + ", " + person.title();
    }

    /**
     * The rules a scheduling form's fields cannot say alone: a start ahead, and a chair from the list (or
     * typed when there is nobody to choose); for the current user's unit.
     */
    @Transactional(readOnly = true)
    List<Problem> check(ConferenceForm form) {
        long unitId = scope.requireUser().unitId();
        List<Problem> problems = new ArrayList<>(startProblems(form, LocalDateTime.now(clock)));
        List<PersonView> candidates = chairCandidates(unitId);
        if (candidates.isEmpty()) {
            if (form.chairName() == null) {
                problems.add(Problem.on("chairName", "dialogue.error.chairRequired"));
            }
        } else if (chosenChair(candidates, form) == null) {
            problems.add(Problem.on("chairPersonId", "dialogue.error.chairChoose"));
        }
        return problems;
    }

    private ConferenceRules.Checked checkedStart(ConferenceForm form, LocalDateTime now) {
        return ConferenceRules.checkNew(form.topic(), form.place(), startOf(form), now, calendar::workingDaysBetween);
    }

    /** The rules' problems, the start's put on the date field; a start not given is the form's to report. */
    private List<Problem> startProblems(ConferenceForm form, LocalDateTime now) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : checkedStart(form, now).problems()) {
            if (!p.field().equals("startsAt")) {
                problems.add(p);
            } else if (startOf(form) != null) {
                problems.add(Problem.on("startsDate", p.messageKey()));
            }
        }
        return problems;
    }

    private static LocalDateTime startOf(ConferenceForm form) {
        return form.startsDate() == null || form.startsTime() == null ? null
                : LocalDateTime.of(form.startsDate(), form.startsTime());
    }

    private static PersonView chosenChair(List<PersonView> candidates, ConferenceForm form) {
        return candidates.stream().filter(p -> form.chairPersonId() != null && p.id() == form.chairPersonId())
                .findFirst().orElse(null);
    }

    /** Schedules a conference of the current user's unit; a short notice is saved with the warning recorded. */
    public Scheduled schedule(ConferenceForm form) {
        CurrentUser user = scope.requireUser();
        long unitId = user.unitId();
        if (!canRecord(unitId)) {
            throw new AccessDeniedException("not an officer or head of unit " + unitId);
        }
        List<Problem> problems = check(form);
        if (!problems.isEmpty()) {
            return new Scheduled(null, false, problems);
        }
        LocalDateTime startsAt = startOf(form);
        ConferenceRules.Checked checked = checkedStart(form, LocalDateTime.now(clock));
        List<PersonView> candidates = chairCandidates(unitId);
        PersonView chair = candidates.isEmpty() ? null : chosenChair(candidates, form);
        String chairName = chair == null ? form.chairName() : chairLine(chair);
        OffsetDateTime stamp = OffsetDateTime.now(clock);
        ConferenceKind kind = form.kind() == null ? ConferenceKind.DIALOGUE : form.kind();
        long id = conferences.insertPlanned(unitId, kind, chair == null ? null : chair.id(), chairName, startsAt,
                form.place(), form.topic(), form.audience(), checked.shortNotice(), user.username(), stamp);
        audit.created("dialogue_conference", id, unitId, Map.of("topic", form.topic(),
                "startsAt", startsAt.toString(), "place", form.place(), "chair", chairName,
                "shortNotice", checked.shortNotice()));
        return new Scheduled(id, checked.shortNotice(), List.of());
    }

    /** The rules of a postponement the form's fields cannot say alone: a new start ahead. */
    @Transactional(readOnly = true)
    List<Problem> checkPostpone(PostponeForm form) {
        return ConferenceRules.checkPostpone(startOf(form), form.postponeReason(), LocalDateTime.now(clock),
                calendar::workingDaysBetween).problems();
    }

    private static LocalDateTime startOf(PostponeForm form) {
        return form.postponeDate() == null || form.postponeTime() == null ? null
                : LocalDateTime.of(form.postponeDate(), form.postponeTime());
    }

    /**
     * Moves a planned or postponed conference to a new start with a reason; the short-notice warning is
     * worked out again for the new date. A stale version is refused with its own problem.
     */
    public Scheduled postpone(long id, PostponeForm form) {
        Conference c = requireRecordable(id);
        ConferenceStatus was = c.status();
        LocalDateTime before = c.startsAt();
        LocalDateTime startsAt = startOf(form);
        String reason = form.postponeReason();
        try {
            c.postpone(startsAt, reason, ConferenceRules.checkPostpone(startsAt, reason, LocalDateTime.now(clock),
                    calendar::workingDaysBetween));
        } catch (InvalidRequestException refused) {
            return new Scheduled(id, false, refused.problems());
        }
        if (!conferences.save(c, was, form.version(), OffsetDateTime.now(clock))) {
            return new Scheduled(id, false, List.of(STALE));
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(),
                Map.of("status", was.name(), "startsAt", before.toString()),
                Map.of("status", "POSTPONED", "startsAt", startsAt.toString(), "reason", reason,
                        "shortNotice", c.shortNotice()));
        return new Scheduled(id, c.shortNotice(), List.of());
    }

    /** Cancels a planned or postponed conference with a reason; final. */
    public List<Problem> cancel(long id, CancelForm form) {
        Conference c = requireRecordable(id);
        ConferenceStatus was = c.status();
        try {
            c.cancel(form.cancelReason());
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        if (!conferences.save(c, was, form.version(), OffsetDateTime.now(clock))) {
            return List.of(STALE);
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(), Map.of("status", was.name()),
                Map.of("status", "CANCELLED", "reason", c.cancelledReason()));
        return List.of();
    }

    /** A stale form: someone changed the conference since the page was opened. */
    static final Problem STALE = Problem.of("dialogue.error.stale");

    /** The conference, when the current user may record it; 403 otherwise. */
    Conference requireRecordable(long id) {
        Conference c = get(id);
        if (!canRecord(c.hostUnitId())) {
            throw new AccessDeniedException("not an officer or head of unit " + c.hostUnitId());
        }
        return c;
    }

    /**
     * Whether the current user is an officer or the head of the host unit itself: the attendee list is
     * theirs alone, not of the units above that may otherwise see the conference.
     */
    @Transactional(readOnly = true)
    public boolean isHostStaff(long hostUnitId) {
        CurrentUser user = scope.requireUser();
        return user.unitId() == hostUnitId && canRecord(hostUnitId);
    }

    /** One conference, if the current user may see its host unit. */
    @Transactional(readOnly = true)
    public Conference get(long id) {
        Conference c = find(id);
        scope.checkUnit(c.hostUnitId());
        return c;
    }

    /** A held conference for the portal's minutes, without any scope: held conferences are public. */
    @Transactional(readOnly = true)
    public Conference publicHeld(long id) {
        Conference c = find(id);
        if (c.status() != ConferenceStatus.HELD) {
            throw new NotFoundException("held dialogue conference", id);
        }
        return c;
    }

    /** Records the conference as held with its attendance count; the problems when refused. */
    public List<Problem> hold(long id, HoldForm form) {
        Conference c = requireRecordable(id);
        ConferenceStatus was = c.status();
        int listed = jdbc.sql("select count(*) from dialogue_attendee where conference_id = :id").param("id", id)
                .query(Integer.class).single();
        try {
            c.hold(form.attendance(), listed, TypedText.of(form.secretaryName()), OffsetDateTime.now(clock));
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        if (!conferences.save(c, was, form.version(), c.heldAt())) {
            return List.of(STALE);
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(), Map.of("status", was.name()), after("HELD", form));
        return List.of();
    }

    private static Map<String, Object> after(String status, HoldForm form) {
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("status", status);
        after.put("attendance", form.attendance());
        String secretary = TypedText.of(form.secretaryName());
        if (secretary != null) {
            after.put("secretary", secretary);
        }
        return after;
    }

    /** The conferences of the units the current user may see, latest first. */
    @Transactional(readOnly = true)
    public List<Conference> visible() {
        var filter = scope.visibleUnits();
        return conferences.all().stream()
                .filter(c -> filter.includes(c.hostUnitId())).toList();
    }

    /** Every conference that is public: all but none (cancelled ones stay listed with their state). */
    @Transactional(readOnly = true)
    public List<Conference> publicList() {
        return conferences.all();
    }

    private Conference find(long id) {
        return conferences.find(id).orElseThrow(() -> new NotFoundException("dialogue conference", id));
    }
}
