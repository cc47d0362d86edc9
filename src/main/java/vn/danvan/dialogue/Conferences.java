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
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Conferences and reception sessions: scheduling by the host unit's officers and head, holding with
 * the attendance count, the staff list within scope and the public list for the portal.
 */
@Service
@Transactional
public class Conferences {

    private static final String SELECT = """
            select c.id, c.host_unit_id, u.name as host_unit_name, c.kind, c.chair_name, c.starts_at, c.place,
                   c.topic, c.audience, c.status, c.short_notice, c.attendance, c.postponed_reason,
                   c.cancelled_reason, c.secretary_name, c.version
              from dialogue_conference c join org_unit u on u.id = c.host_unit_id
            """;

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final WorkingCalendar calendar;
    private final AuditService audit;
    private final OrganisationService organisation;
    private final Clock clock;

    Conferences(JdbcClient jdbc, OrganisationScope scope, WorkingCalendar calendar, AuditService audit,
            OrganisationService organisation, Clock clock) {
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
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into dialogue_conference (host_unit_id, kind, chair_person_id, chair_name, starts_at, place,
                    topic, audience, status, short_notice, created_by, created_at, updated_at)
                values (:unit, :kind, :chairPerson, :chair, :startsAt, :place, :topic, :audience, 'PLANNED',
                    :shortNotice, :by, :at, :at)
                """)
                .param("unit", unitId).param("kind", kind.name())
                .param("chairPerson", chair == null ? null : chair.id()).param("chair", chairName)
                .param("startsAt", startsAt).param("place", form.place()).param("topic", form.topic())
                .param("audience", form.audience()).param("shortNotice", checked.shortNotice())
                .param("by", user.username()).param("at", stamp)
                .update(keys, "id");
        long id = keys.getKey().longValue();
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
        if (!c.status().allows(ConferenceStatus.POSTPONED)) {
            return new Scheduled(id, false, List.of(TRANSITION));
        }
        LocalDateTime startsAt = startOf(form);
        ConferenceRules.Checked checked = ConferenceRules.checkPostpone(startsAt, form.postponeReason(),
                LocalDateTime.now(clock), calendar::workingDaysBetween);
        if (!checked.ok()) {
            return new Scheduled(id, false, checked.problems());
        }
        String reason = form.postponeReason();
        OffsetDateTime at = OffsetDateTime.now(clock);
        int changed = jdbc.sql("""
                update dialogue_conference set status = 'POSTPONED', starts_at = :startsAt, postponed_reason = :reason,
                    short_notice = :shortNotice, updated_at = :at, version = version + 1
                 where id = :id and version = :version
                """).param("startsAt", startsAt).param("reason", reason)
                .param("shortNotice", checked.shortNotice()).param("at", at).param("id", id)
                .param("version", form.version()).update();
        if (changed == 0) {
            return new Scheduled(id, false, List.of(STALE));
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(),
                Map.of("status", c.status().name(), "startsAt", c.startsAt().toString()),
                Map.of("status", "POSTPONED", "startsAt", startsAt.toString(), "reason", reason,
                        "shortNotice", checked.shortNotice()));
        return new Scheduled(id, checked.shortNotice(), List.of());
    }

    /** Cancels a planned or postponed conference with a reason; final. */
    public List<Problem> cancel(long id, CancelForm form) {
        Conference c = requireRecordable(id);
        if (!c.status().allows(ConferenceStatus.CANCELLED)) {
            return List.of(TRANSITION);
        }
        List<Problem> problems = ConferenceRules.checkCancel(form.cancelReason());
        if (!problems.isEmpty()) {
            return problems;
        }
        String reason = form.cancelReason();
        int changed = jdbc.sql("""
                update dialogue_conference set status = 'CANCELLED', cancelled_reason = :reason, updated_at = :at,
                    version = version + 1
                 where id = :id and version = :version
                """).param("reason", reason).param("at", OffsetDateTime.now(clock)).param("id", id)
                .param("version", form.version()).update();
        if (changed == 0) {
            return List.of(STALE);
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(), Map.of("status", c.status().name()),
                Map.of("status", "CANCELLED", "reason", reason));
        return List.of();
    }

    /** A stale form: someone changed the conference since the page was opened. */
    static final Problem STALE = Problem.of("dialogue.error.stale");

    /** A change the conference's state no longer allows (held, cancelled). */
    static final Problem TRANSITION = Problem.of("dialogue.error.transition");

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
        int listed = jdbc.sql("select count(*) from dialogue_attendee where conference_id = :id").param("id", id)
                .query(Integer.class).single();
        List<Problem> problems = ConferenceRules.checkAttendance(form.attendance(), listed);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!c.status().allows(ConferenceStatus.HELD)) {
            return List.of(TRANSITION);
        }
        int changed = jdbc.sql("""
                update dialogue_conference set status = 'HELD', attendance = :attendance, held_at = :at,
                    secretary_name = :secretary, updated_at = :at, version = version + 1
                 where id = :id and version = :version
                """).param("attendance", form.attendance()).param("at", OffsetDateTime.now(clock)).param("id", id)
                .param("secretary", vn.danvan.shared.text.TypedText.of(form.secretaryName()))
                .param("version", form.version()).update();
        if (changed == 0) {
            return List.of(STALE);
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(), Map.of("status", c.status().name()),
                after("HELD", form));
        return List.of();
    }

    private static Map<String, Object> after(String status, HoldForm form) {
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("status", status);
        after.put("attendance", form.attendance());
        String secretary = vn.danvan.shared.text.TypedText.of(form.secretaryName());
        if (secretary != null) {
            after.put("secretary", secretary);
        }
        return after;
    }

    /** The conferences of the units the current user may see, latest first. */
    @Transactional(readOnly = true)
    public List<Conference> visible() {
        var filter = scope.visibleUnits();
        return jdbc.sql(SELECT + " order by c.starts_at desc").query(Conferences::map).list().stream()
                .filter(c -> filter.includes(c.hostUnitId())).toList();
    }

    /** Every conference that is public: all but none (cancelled ones stay listed with their state). */
    @Transactional(readOnly = true)
    public List<Conference> publicList() {
        return jdbc.sql(SELECT + " order by c.starts_at desc").query(Conferences::map).list();
    }

    private Conference find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Conferences::map).optional()
                .orElseThrow(() -> new NotFoundException("dialogue conference", id));
    }

    private static Conference map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Conference(rs.getLong("id"), rs.getLong("host_unit_id"), rs.getString("host_unit_name"),
                ConferenceKind.valueOf(rs.getString("kind")), rs.getString("chair_name"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getString("place"), rs.getString("topic"),
                rs.getString("audience"), ConferenceStatus.valueOf(rs.getString("status")),
                rs.getBoolean("short_notice"), (Integer) rs.getObject("attendance", Integer.class),
                rs.getString("postponed_reason"), rs.getString("cancelled_reason"), rs.getString("secretary_name"),
                rs.getLong("version"));
    }
}
