package vn.danvan.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Inspection records: started by Home Affairs or a leader from an approved plan (its checklist copied)
 * or as a surprise inspection (the default checklist), filled in by the team (each item đạt / không đạt /
 * không áp dụng with a note, findings, conclusion) and concluded once with a version check, audited.
 */
@Service
@Transactional
class Inspections {

    /** The message of a change refused because someone else changed the record since the page was read. */
    static final String STALE = "inspection.error.stale";

    private static final String SELECT = """
            select i.id, i.plan_id, p.plan_year, i.unit_id, u.name as unit_name, i.inspected_on, i.status, i.findings,
                   i.conclusion, i.conclusion_number, i.version
              from inspection i join org_unit u on u.id = i.unit_id left join inspection_plan p on p.id = i.plan_id
            """;

    private final InspectionRepository repository;
    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final AuditService audit;
    private final OrganisationService organisation;
    private final InspectionPeople people;
    private final InspectionPlans plans;
    private final Clock clock;

    Inspections(InspectionRepository repository, JdbcClient jdbc, InspectionAccess access, AuditService audit,
            OrganisationService organisation, InspectionPeople people, InspectionPlans plans, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.organisation = organisation;
        this.people = people;
        this.plans = plans;
        this.clock = clock;
    }

    /** The records the current user may see, latest first. */
    @Transactional(readOnly = true)
    public List<Records.Inspection> visible() {
        return jdbc.sql(SELECT + " where " + access.inspectionFilter() + " order by i.inspected_on desc, i.id desc")
                .param("person", access.person()).param("headUnit", access.headUnit()).query(Inspections::map).list();
    }

    /** The record, when the current user may see it; 403 otherwise, 404 when there is none. */
    @Transactional(readOnly = true)
    public Records.Inspection get(long id) {
        Records.Inspection i = find(id);
        if (!access.canSeeInspection(id, i.unitId())) {
            InspectionAccess.deny("inspection " + id);
        }
        return i;
    }

    Records.Inspection find(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(Inspections::map).optional()
                .orElseThrow(() -> new NotFoundException("inspection", id));
    }

    @Transactional(readOnly = true)
    public boolean canEdit(long id) {
        return access.canEditInspection(id);
    }

    /**
     * Starts an inspection of a unit on a date, with its team (one lead among the members), from an approved
     * plan or as a surprise inspection; its id. Nothing is saved when a rule is broken.
     */
    public long create(Long planId, Long unitId, LocalDate inspectedOn, List<Long> memberIds, Long leadId) {
        access.requireManager();
        List<Problem> problems = new ArrayList<>();
        Records.Plan plan = null;
        if (planId != null) {
            plan = plans.find(planId);
            if (plan.status() != PlanStatus.APPROVED) {
                problems.add(Problem.on("planId", "inspection.error.planNotApproved"));
            }
        }
        if (unitId == null || organisation.unit(unitId).isEmpty()) {
            problems.add(Problem.on("unitId", "inspection.error.unitRequired"));
        }
        if (inspectedOn == null) {
            problems.add(Problem.on("inspectedOn", "inspection.error.dateRequired"));
        } else if (inspectedOn.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.on("inspectedOn", "inspection.error.dateFuture"));
        }
        problems.addAll(InspectionRules.checkTeam(memberIds, leadId));
        Set<Long> members = new LinkedHashSet<>(memberIds == null ? List.of() : memberIds);
        members.remove(null);
        if (members.stream().anyMatch(m -> people.find(m).isEmpty())) {
            problems.add(Problem.on("memberIds", "inspection.error.teamRequired"));
        }
        InvalidRequestException.throwIfAny(problems);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection (plan_id, unit_id, inspected_on, status, created_by, created_at, updated_at)
                values (:plan, :unit, :on, 'DRAFT', :by, :at, :at)""")
                .param("plan", planId).param("unit", unitId).param("on", inspectedOn)
                .param("by", access.user().username()).param("at", now).update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long m : members) {
            jdbc.sql("insert into inspection_member (inspection_id, person_id, lead) values (:i, :p, :lead)")
                    .param("i", id).param("p", m).param("lead", m.equals(leadId)).update();
        }
        List<String> items = plan == null ? plans.defaultChecklist()
                : plans.items(plan.id()).stream().map(Records.Item::text).toList();
        for (int n = 0; n < items.size(); n++) {
            jdbc.sql("insert into inspection_check (inspection_id, position, item_text) values (:i, :pos, :t)")
                    .param("i", id).param("pos", n + 1).param("t", items.get(n)).update();
        }
        audit.created("inspection", id, unitId, Map.of("unit", unitId, "date", inspectedOn.toString(),
                "plan", planId == null ? "-" : String.valueOf(planId), "team", members.toString()));
        return id;
    }

    /**
     * Saves the checklist marks and notes (by checklist item id; ids of other records are ignored), the
     * findings and the conclusion of a draft record (the team or a manager); a stale version is refused. The
     * sizes are checked by the form (the columns' sizes).
     */
    public void save(long id, Map<Long, CheckResult> results, Map<Long, String> notes, String findings,
            String conclusion, long version) {
        requireEditable(id);
        Inspection i = load(id);
        InspectionStatus was = i.status();
        i.write(findings, conclusion);
        List<Records.Check> checks = checks(id);
        if (!repository.save(i, was, version, OffsetDateTime.now(clock))) {
            throw InvalidRequestException.onField("version", STALE);
        }
        int marked = 0;
        for (Records.Check c : checks) {
            CheckResult r = results == null ? null : results.get(c.id());
            marked += r == null ? 0 : 1;
            jdbc.sql("update inspection_check set result = :r, note = :note where id = :id")
                    .param("r", r == null ? null : r.name())
                    .param("note", notes == null ? null : TypedText.of(notes.get(c.id())))
                    .param("id", c.id()).update();
        }
        audit.updated("inspection", id, i.unitId(), Map.of(), Map.of("checklist", marked + "/" + checks.size()));
    }

    /** Concludes a draft record: every item marked and a conclusion written; final. */
    public void conclude(long id, long version) {
        requireEditable(id);
        Inspection i = load(id);
        InspectionStatus was = i.status();
        i.conclude(checks(id), OffsetDateTime.now(clock));
        if (!repository.save(i, was, version, i.concludedAt())) {
            throw new InvalidRequestException(STALE);
        }
        audit.updated("inspection", id, i.unitId(), Map.of("status", was.name()), Map.of("status", i.status().name()));
    }

    private Inspection load(long id) {
        return repository.inspection(id).orElseThrow(() -> new NotFoundException("inspection", id));
    }

    /** The record when the current user may fill it in (its team or a manager); 403 otherwise, 404 when none. */
    Records.Inspection requireEditable(long id) {
        Records.Inspection i = get(id);
        if (!access.canEditInspection(id)) {
            InspectionAccess.deny("not on the team of inspection " + id);
        }
        return i;
    }

    @Transactional(readOnly = true)
    public List<Records.Check> checks(long id) {
        return jdbc.sql("select id, position, item_text, result, note from inspection_check where inspection_id = :i"
                + " order by position").param("i", id)
                .query((rs, n) -> new Records.Check(rs.getLong("id"), rs.getInt("position"), rs.getString("item_text"),
                        rs.getString("result") == null ? null : CheckResult.valueOf(rs.getString("result")),
                        rs.getString("note"))).list();
    }

    @Transactional(readOnly = true)
    public List<Records.Member> members(long id) {
        return jdbc.sql("""
                select p.id, p.full_name, p.title, u.name as unit_name, m.lead from inspection_member m
                  join org_person p on p.id = m.person_id join org_unit u on u.id = p.unit_id
                 where m.inspection_id = :i order by m.lead desc, p.full_name""").param("i", id)
                .query(InspectionPlans::member).list();
    }

    /** Per unit, for the year: concluded inspections, violations found and handled (the portal's figures). */
    @Transactional(readOnly = true)
    public List<Records.UnitFigures> figures(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                select u.id, u.name,
                       (select count(*) from inspection i where i.unit_id = u.id and i.status = 'CONCLUDED'
                           and i.inspected_on between :from and :to) as inspections,
                       (select count(*) from inspection_violation v where v.unit_id = u.id
                           and v.found_on between :from and :to) as violations,
                       (select count(*) from inspection_violation v where v.unit_id = u.id and v.status <> 'OPEN'
                           and v.found_on between :from and :to) as handled
                  from org_unit u order by u.name""").param("from", from).param("to", to)
                .query((rs, n) -> new Records.UnitFigures(rs.getLong("id"), rs.getString("name"),
                        rs.getLong("inspections"), rs.getLong("violations"), rs.getLong("handled")))
                .list().stream().filter(f -> f.inspections() + f.violations() > 0).toList();
    }

    static Records.Inspection map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Records.Inspection(rs.getLong("id"), (Long) rs.getObject("plan_id", Long.class),
                (Integer) rs.getObject("plan_year", Integer.class), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getObject("inspected_on", LocalDate.class), InspectionStatus.valueOf(rs.getString("status")),
                rs.getString("findings"), rs.getString("conclusion"), rs.getString("conclusion_number"),
                rs.getLong("version"));
    }

    /** Marks an inspection the demo made (no screen does); see {@code InspectionDemo}. */
    void markDemo(long id) {
        jdbc.sql("update inspection set demo = true where id = :id").param("id", id).update();
    }
}
