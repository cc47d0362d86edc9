package vn.danvan.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Inspection plans (kế hoạch kiểm tra công vụ) of a year: drafted and approved by Home Affairs or a
 * leader; the units to inspect with planned dates, the team with one lead, the checklist (the default
 * items first, editable while the plan is a draft). Seen by Home Affairs, leaders, administrators and
 * the plan's team.
 */
@Service
@Transactional
class InspectionPlans {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** How many default checklist items the bundle holds ({@code inspection.checklist.default.N}). */
    static final int DEFAULT_ITEMS = 5;

    private static final String SELECT = "select id, plan_year, scope, status, approved_by, version from inspection_plan";

    private final InspectionRepository repository;
    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final AuditService audit;
    private final OrganisationService organisation;
    private final InspectionPeople people;
    private final MessageSource messages;
    private final Clock clock;

    InspectionPlans(InspectionRepository repository, JdbcClient jdbc, InspectionAccess access, AuditService audit, OrganisationService organisation,
            InspectionPeople people, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.organisation = organisation;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** The default checklist, in Vietnamese (the record's language, whatever the screen's). */
    List<String> defaultChecklist() {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= DEFAULT_ITEMS; i++) {
            items.add(messages.getMessage("inspection.checklist.default." + i, null, VIETNAMESE));
        }
        return items;
    }

    @Transactional(readOnly = true)
    public List<Records.Plan> visible() {
        boolean all = InspectionAccess.seesAll(access.user());
        return jdbc.sql(SELECT + " p where " + (all ? "1 = 1" : """
                exists (select 1 from inspection_plan_member m where m.plan_id = p.id and m.person_id = :person)""")
                + " order by plan_year desc, id desc").param("person", access.person()).query(InspectionPlans::map).list();
    }

    /** The plan, when the current user may see it; 403 otherwise. */
    @Transactional(readOnly = true)
    public Records.Plan get(long id) {
        Records.Plan plan = find(id);
        if (!access.canSeePlan(id)) {
            InspectionAccess.deny("inspection plan " + id);
        }
        return plan;
    }

    /** Approved plans, to start a planned inspection from. */
    @Transactional(readOnly = true)
    List<Records.Plan> approved() {
        return jdbc.sql(SELECT + " where status = 'APPROVED' order by plan_year desc, id desc").query(InspectionPlans::map).list();
    }

    Records.Plan find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(InspectionPlans::map).optional()
                .orElseThrow(() -> new NotFoundException("inspection plan", id));
    }

    /** A new draft plan of the year (its range checked by the form) with the default checklist; its id. */
    public long create(int year, String scope) {
        access.requireManager();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection_plan (plan_year, scope, status, created_by, created_at, updated_at)
                values (:year, :scope, 'DRAFT', :by, :at, :at)""")
                .param("year", year).param("scope", scope).param("by", access.user().username()).param("at", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        List<String> items = defaultChecklist();
        for (int i = 0; i < items.size(); i++) {
            insertItem(id, i + 1, items.get(i));
        }
        audit.created("inspection_plan", id, null, Map.of("year", year, "scope", scope));
        return id;
    }

    private void insertItem(long planId, int position, String text) {
        jdbc.sql("insert into inspection_plan_item (plan_id, position, item_text) values (:p, :pos, :t)")
                .param("p", planId).param("pos", position).param("t", text).update();
    }

    /**
     * The plan when the current user may change it: a manager (403 otherwise, before anything else), and the
     * plan still a draft (refused naming its state otherwise).
     */
    private InspectionPlan requireDraft(long id) {
        access.requireManager();
        InspectionPlan plan = load(id);
        plan.requireDraft();
        return plan;
    }

    private InspectionPlan load(long id) {
        return repository.plan(id).orElseThrow(() -> new NotFoundException("inspection plan", id));
    }

    /** Adds a unit to inspect on a planned date of the plan's year; refused whole with its problems. */
    public void addUnit(long planId, Long unitId, LocalDate plannedOn) {
        List<Problem> problems = new ArrayList<>();
        InspectionPlan plan = requireDraft(planId);
        if (unitId == null || organisation.unit(unitId).isEmpty()) {
            problems.add(Problem.on("unitId", "inspection.error.unitRequired"));
        }
        if (plannedOn == null) {
            problems.add(Problem.on("plannedOn", "inspection.error.dateRequired"));
        } else if (plannedOn.getYear() != plan.year()) {
            problems.add(Problem.on("plannedOn", "inspection.error.dateOutsideYear"));
        }
        if (problems.isEmpty() && jdbc.sql(
                "select count(*) from inspection_plan_unit where plan_id = :p and unit_id = :u")
                .param("p", planId).param("u", unitId).query(Long.class).single() > 0) {
            problems.add(Problem.on("unitId", "inspection.error.unitTwice"));
        }
        InvalidRequestException.throwIfAny(problems);
        jdbc.sql("insert into inspection_plan_unit (plan_id, unit_id, planned_on) values (:p, :u, :d)")
                .param("p", planId).param("u", unitId).param("d", plannedOn).update();
        touch(planId, "unit", unitId + " " + plannedOn);
    }

    public void removeUnit(long planId, long planUnitId) {
        requireDraft(planId);
        jdbc.sql("delete from inspection_plan_unit where id = :id and plan_id = :p").param("id", planUnitId)
                .param("p", planId).update();
        touch(planId, "unitRemoved", planUnitId);
    }

    public void addMember(long planId, Long personId, boolean lead) {
        List<Problem> problems = new ArrayList<>();
        requireDraft(planId);
        if (people.find(personId).isEmpty()) {
            problems.add(Problem.on("personId", "inspection.error.personRequired"));
        }
        InvalidRequestException.throwIfAny(problems);
        if (lead) {
            jdbc.sql("update inspection_plan_member set lead = false where plan_id = :p").param("p", planId).update();
        }
        jdbc.sql("delete from inspection_plan_member where plan_id = :p and person_id = :person").param("p", planId)
                .param("person", personId).update();
        jdbc.sql("insert into inspection_plan_member (plan_id, person_id, lead) values (:p, :person, :lead)")
                .param("p", planId).param("person", personId).param("lead", lead).update();
        touch(planId, "member", personId + (lead ? " lead" : ""));
    }

    public void removeMember(long planId, long personId) {
        requireDraft(planId);
        jdbc.sql("delete from inspection_plan_member where plan_id = :p and person_id = :person")
                .param("p", planId).param("person", personId).update();
        touch(planId, "memberRemoved", personId);
    }

    /** Adds a checklist item (its size checked by the form: item_text is varchar(1000)). */
    public void addItem(long planId, String text) {
        List<Problem> problems = new ArrayList<>();
        requireDraft(planId);
        if (text == null || text.isBlank()) {
            problems.add(Problem.on("itemText", "inspection.error.itemRequired"));
        }
        InvalidRequestException.throwIfAny(problems);
        int next = jdbc.sql("select coalesce(max(position), 0) + 1 from inspection_plan_item where plan_id = :p")
                .param("p", planId).query(Integer.class).single();
        insertItem(planId, next, text);
        touch(planId, "item", text);
    }

    public void removeItem(long planId, long itemId) {
        requireDraft(planId);
        jdbc.sql("delete from inspection_plan_item where id = :id and plan_id = :p").param("id", itemId)
                .param("p", planId).update();
        touch(planId, "itemRemoved", itemId);
    }

    /** Approves a draft plan with at least one unit, a lead and a checklist item, at the version the page showed. */
    public void approve(long planId, long version) {
        access.requireManager();
        InspectionPlan plan = load(planId);
        PlanStatus was = plan.status();
        plan.approve(units(planId).size(), members(planId).stream().anyMatch(Records.Member::lead),
                items(planId).size(), access.user().username(), OffsetDateTime.now(clock));
        if (!repository.save(plan, was, version, plan.approvedAt())) {
            throw new InvalidRequestException(Inspections.STALE);
        }
        audit.updated("inspection_plan", planId, null, Map.of("status", was.name()),
                Map.of("status", plan.status().name()));
    }

    /**
     * Marks the draft plan as changed (a unit, member or item was); refused as stale, with the change undone,
     * when the plan was approved meanwhile.
     */
    private void touch(long planId, String what, Object value) {
        int changed = jdbc.sql("""
                update inspection_plan set updated_at = :at, version = version + 1 where id = :id and status = :draft""")
                .param("at", OffsetDateTime.now(clock)).param("id", planId).param("draft", PlanStatus.DRAFT.name())
                .update();
        if (changed == 0) {
            throw new InvalidRequestException(Inspections.STALE);
        }
        audit.updated("inspection_plan", planId, null, Map.of(), Map.of(what, String.valueOf(value)));
    }

    @Transactional(readOnly = true)
    public List<Records.PlanUnit> units(long planId) {
        return jdbc.sql("""
                select pu.id, pu.unit_id, u.name, pu.planned_on from inspection_plan_unit pu join org_unit u on u.id = pu.unit_id
                 where pu.plan_id = :p order by pu.planned_on, u.name""").param("p", planId)
                .query((rs, n) -> new Records.PlanUnit(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                        rs.getObject("planned_on", LocalDate.class))).list();
    }

    @Transactional(readOnly = true)
    public List<Records.Member> members(long planId) {
        return jdbc.sql("""
                select p.id, p.full_name, p.title, u.name as unit_name, m.lead from inspection_plan_member m
                  join org_person p on p.id = m.person_id join org_unit u on u.id = p.unit_id
                 where m.plan_id = :p order by m.lead desc, p.full_name""").param("p", planId)
                .query(InspectionPlans::member).list();
    }

    static Records.Member member(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Records.Member(rs.getLong("id"), rs.getString("full_name"), rs.getString("title"),
                rs.getString("unit_name"), rs.getBoolean("lead"));
    }

    @Transactional(readOnly = true)
    public List<Records.Item> items(long planId) {
        return jdbc.sql("select id, position, item_text from inspection_plan_item where plan_id = :p order by position")
                .param("p", planId).query((rs, n) -> new Records.Item(rs.getLong("id"), rs.getInt("position"),
                        rs.getString("item_text"))).list();
    }

    private static Records.Plan map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Records.Plan(rs.getLong("id"), rs.getInt("plan_year"), rs.getString("scope"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("approved_by"), rs.getLong("version"));
    }

    /** Marks a plan the demo made (no screen does); see {@code InspectionDemo}. */
    void markDemo(long id) {
        jdbc.sql("update inspection_plan set demo = true where id = :id").param("id", id).update();
    }

    /** Whether the demo's plan is there. */
    boolean anyDemo() {
        return jdbc.sql("select count(*) from inspection_plan where demo = true").query(Long.class).single() > 0;
    }
}
