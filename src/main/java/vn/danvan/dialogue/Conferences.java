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
                   c.cancelled_reason, c.version
              from dialogue_conference c join unit u on u.id = c.host_unit_id
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
    public record Scheduled(Long id, boolean shortNotice, List<ConferenceRules.Problem> problems) {
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

    /** Schedules a conference of the current user's unit; a short notice is saved with the warning recorded. */
    public Scheduled schedule(ConferenceForm form) {
        CurrentUser user = scope.requireUser();
        long unitId = user.unitId();
        if (!canRecord(unitId)) {
            throw new AccessDeniedException("not an officer or head of unit " + unitId);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ConferenceRules.TypedStart typed = ConferenceRules.parseStart(form.startsDate(), form.startsTime(),
                "startsDate", "startsTime");
        ConferenceRules.Checked checked = ConferenceRules.checkNew(form.topic(), form.place(), typed.value(), now,
                calendar::workingDaysBetween);
        List<ConferenceRules.Problem> problems = new ArrayList<>(typed.problems());
        for (ConferenceRules.Problem p : checked.problems()) {
            if (!p.field().equals("startsAt")) {
                problems.add(p);
            } else if (typed.problems().isEmpty()) {
                problems.add(new ConferenceRules.Problem("startsDate", p.messageKey()));
            }
        }
        List<PersonView> candidates = chairCandidates(unitId);
        PersonView chair = null;
        String chairName = null;
        if (candidates.isEmpty()) {
            chairName = blankToNull(form.chairName());
            if (chairName == null) {
                problems.add(new ConferenceRules.Problem("chairName", "dialogue.error.chairRequired"));
            }
        } else {
            chair = candidates.stream().filter(p -> form.chairPersonId() != null && p.id() == form.chairPersonId())
                    .findFirst().orElse(null);
            if (chair == null) {
                problems.add(new ConferenceRules.Problem("chairPersonId", "dialogue.error.chairChoose"));
            } else {
                chairName = chairLine(chair);
            }
        }
        if (!problems.isEmpty()) {
            return new Scheduled(null, false, problems);
        }
        LocalDateTime startsAt = typed.value();
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
                .param("startsAt", startsAt).param("place", form.place().trim()).param("topic", form.topic().trim())
                .param("audience", blankToNull(form.audience())).param("shortNotice", checked.shortNotice())
                .param("by", user.username()).param("at", stamp)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created("dialogue_conference", id, unitId, Map.of("topic", form.topic().trim(),
                "startsAt", startsAt.toString(), "place", form.place().trim(), "chair", chairName,
                "shortNotice", checked.shortNotice()));
        return new Scheduled(id, checked.shortNotice(), List.of());
    }

    /**
     * Moves a planned or postponed conference to a new start with a reason; the short-notice warning is
     * worked out again for the new date. A stale version is refused with its own problem.
     */
    public Scheduled postpone(long id, String date, String time, String reason, long version) {
        Conference c = requireRecordable(id);
        if (!c.status().allows(ConferenceStatus.POSTPONED)) {
            return new Scheduled(id, false, List.of(new ConferenceRules.Problem("status", "dialogue.error.transition")));
        }
        ConferenceRules.TypedStart typed = ConferenceRules.parseStart(date, time, "postponeDate", "postponeTime");
        ConferenceRules.Checked checked = ConferenceRules.checkPostpone(typed.value(), reason, LocalDateTime.now(clock),
                calendar::workingDaysBetween);
        List<ConferenceRules.Problem> problems = new ArrayList<>(typed.problems());
        problems.addAll(checked.problems());
        if (!problems.isEmpty()) {
            return new Scheduled(id, false, problems);
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        int changed = jdbc.sql("""
                update dialogue_conference set status = 'POSTPONED', starts_at = :startsAt, postponed_reason = :reason,
                    short_notice = :shortNotice, updated_at = :at, version = version + 1
                 where id = :id and version = :version
                """).param("startsAt", typed.value()).param("reason", reason.strip())
                .param("shortNotice", checked.shortNotice()).param("at", at).param("id", id).param("version", version)
                .update();
        if (changed == 0) {
            return new Scheduled(id, false, List.of(STALE));
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(),
                Map.of("status", c.status().name(), "startsAt", c.startsAt().toString()),
                Map.of("status", "POSTPONED", "startsAt", typed.value().toString(), "reason", reason.strip(),
                        "shortNotice", checked.shortNotice()));
        return new Scheduled(id, checked.shortNotice(), List.of());
    }

    /** Cancels a planned or postponed conference with a reason; final. */
    public List<ConferenceRules.Problem> cancel(long id, String reason, long version) {
        Conference c = requireRecordable(id);
        if (!c.status().allows(ConferenceStatus.CANCELLED)) {
            return List.of(new ConferenceRules.Problem("status", "dialogue.error.transition"));
        }
        List<ConferenceRules.Problem> problems = ConferenceRules.checkCancel(reason);
        if (!problems.isEmpty()) {
            return problems;
        }
        int changed = jdbc.sql("""
                update dialogue_conference set status = 'CANCELLED', cancelled_reason = :reason, updated_at = :at,
                    version = version + 1
                 where id = :id and version = :version
                """).param("reason", reason.strip()).param("at", OffsetDateTime.now(clock)).param("id", id)
                .param("version", version).update();
        if (changed == 0) {
            return List.of(STALE);
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(), Map.of("status", c.status().name()),
                Map.of("status", "CANCELLED", "reason", reason.strip()));
        return List.of();
    }

    /** A stale form: someone changed the conference since the page was opened. */
    static final ConferenceRules.Problem STALE = new ConferenceRules.Problem("version", "dialogue.error.stale");

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
    public List<ConferenceRules.Problem> hold(long id, Integer attendance, long version) {
        Conference c = requireRecordable(id);
        int listed = jdbc.sql("select count(*) from dialogue_attendee where conference_id = :id").param("id", id)
                .query(Integer.class).single();
        List<ConferenceRules.Problem> problems = ConferenceRules.checkAttendance(attendance, listed);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!c.status().allows(ConferenceStatus.HELD)) {
            return List.of(new ConferenceRules.Problem("status", "dialogue.error.transition"));
        }
        int changed = jdbc.sql("""
                update dialogue_conference set status = 'HELD', attendance = :attendance, held_at = :at,
                    updated_at = :at, version = version + 1
                 where id = :id and version = :version
                """).param("attendance", attendance).param("at", OffsetDateTime.now(clock)).param("id", id)
                .param("version", version).update();
        if (changed == 0) {
            return List.of(STALE);
        }
        audit.updated("dialogue_conference", id, c.hostUnitId(), Map.of("status", c.status().name()),
                Map.of("status", "HELD", "attendance", attendance));
        return List.of();
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
                rs.getString("postponed_reason"), rs.getString("cancelled_reason"), rs.getLong("version"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
