package vn.danvan.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.text.VietnameseText;

/** Annual plans, their items, the items' evidence and cited documents, and the plans' history. */
@Repository
class PlanRepository {

    private static final String PLAN_COLUMNS = """
            id, unit_id, plan_year, status, returned_reason, approved_at, approved_by, approver_name, version""";
    private static final String ITEM_COLUMNS = """
            id, plan_id, unit_id, directive_task, professional_work, content, owner_account_id, owner_name, due_date,
            target_text, target_number, target_unit, progress, progress_note, completed_on, version""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PlanRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<AnnualPlan> find(long id) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from annual_plan where id = :id").param("id", id)
                .query(PlanRepository::plan).optional();
    }

    Optional<AnnualPlan> find(long unitId, int year) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from annual_plan where unit_id = :unit and plan_year = :year")
                .param("unit", unitId).param("year", year).query(PlanRepository::plan).optional();
    }

    /** The plans of the year of the given units, by unit: one query. */
    Map<Long, AnnualPlan> findAll(Collection<Long> unitIds, int year) {
        Map<Long, AnnualPlan> found = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("select " + PLAN_COLUMNS + " from annual_plan where unit_id in (:units) and plan_year = :year")
                    .param("units", unitIds).param("year", year).query(PlanRepository::plan).list()
                    .forEach(p -> found.put(p.unitId(), p));
        }
        return found;
    }

    long insert(AnnualPlan plan, String actor) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into annual_plan (unit_id, plan_year, status, created_at, updated_at, version)
                values (:unit, :year, :status, :now, :now, 0)""")
                .param("unit", plan.unitId()).param("year", plan.year()).param("status", plan.status().name())
                .param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        appendSteps(id, plan, actor);
        return id;
    }

    /** Saves the state after an action and appends the steps it recorded; a stale version is refused. */
    void save(AnnualPlan plan, String actor) {
        int rows = jdbc.sql("""
                update annual_plan set status = :status, returned_reason = :reason, approved_at = :approvedAt,
                    approved_by = :approvedBy, approver_name = :approverName, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("status", plan.status().name()).param("reason", plan.returnedReason())
                .param("approvedAt", plan.approvedAt()).param("approvedBy", plan.approvedBy())
                .param("approverName", plan.approverName()).param("now", OffsetDateTime.now(clock))
                .param("id", plan.id()).param("version", plan.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("annual plan " + plan.id());
        }
        appendSteps(plan.id(), plan, actor);
    }

    /** Marks the plan as changed (an item was), so that two editors of one plan cannot both win. */
    void touch(long planId, long version) {
        int rows = jdbc.sql("""
                update annual_plan set updated_at = :now, version = version + 1 where id = :id and version = :version""")
                .param("now", OffsetDateTime.now(clock)).param("id", planId).param("version", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("annual plan " + planId);
        }
    }

    void recordNumber(long planId, long registerEntryId, String number) {
        jdbc.sql("update annual_plan set register_entry_id = :entry, document_number = :number where id = :id")
                .param("entry", registerEntryId).param("number", number).param("id", planId).update();
    }

    Optional<String> documentNumber(long planId) {
        return jdbc.sql("select document_number from annual_plan where id = :id").param("id", planId)
                .query(String.class).optional().filter(n -> n != null);
    }

    private void appendSteps(long planId, AnnualPlan plan, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (AnnualPlan.Step step : plan.recordedSteps()) {
            jdbc.sql("""
                    insert into plan_step (plan_id, occurred_at, actor, action, from_status, to_status, note)
                    values (:plan, :at, :actor, :action, :from, :to, :note)""")
                    .param("plan", planId).param("at", now).param("actor", actor).param("action", step.action())
                    .param("from", step.from() == null ? null : step.from().name()).param("to", step.to().name())
                    .param("note", step.note()).update();
        }
    }

    List<PlanStep> steps(long planId) {
        return jdbc.sql("""
                select occurred_at, actor, action, from_status, to_status, note from plan_step where plan_id = :plan
                order by occurred_at, id""")
                .param("plan", planId)
                .query((rs, n) -> new PlanStep(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_status") == null ? null
                                : PlanStatus.valueOf(rs.getString("from_status")),
                        PlanStatus.valueOf(rs.getString("to_status")), rs.getString("note")))
                .list();
    }

    // ------------------------------------------------------------------ items

    List<PlanItem> items(long planId) {
        List<PlanItem> items = jdbc.sql("select " + ITEM_COLUMNS + " from plan_item where plan_id = :plan order by due_date, id")
                .param("plan", planId).query(PlanRepository::item).list();
        return withLinks(items);
    }

    Optional<PlanItem> item(long itemId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from plan_item where id = :id").param("id", itemId)
                .query(PlanRepository::item).optional().map(i -> withLinks(List.of(i)).get(0));
    }

    int itemCount(long planId) {
        return jdbc.sql("select count(*) from plan_item where plan_id = :plan").param("plan", planId)
                .query(Integer.class).single();
    }

    long insertItem(long planId, long unitId, ItemRules.ItemData data, String ownerName) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into plan_item (plan_id, unit_id, directive_task, professional_work, content, owner_account_id,
                    owner_name, due_date, target_text, target_number, target_unit, progress, search_key, created_at,
                    updated_at, version)
                values (:plan, :unit, :task, :work, :content, :owner, :ownerName, :due, :targetText, :targetNumber,
                    :targetUnit, 0, :key, :now, :now, 0)""")
                .param("plan", planId).param("unit", unitId).param("task", data.task().name())
                .param("work", data.professionalWork()).param("content", data.content())
                .param("owner", data.ownerAccountId()).param("ownerName", ownerName).param("due", data.dueDate())
                .param("targetText", data.targetText()).param("targetNumber", data.targetNumber())
                .param("targetUnit", data.targetUnit()).param("key", searchKey(data)).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceGuides(id, data.guideIds());
        return id;
    }

    void updateItem(long itemId, long version, ItemRules.ItemData data, String ownerName) {
        int rows = jdbc.sql("""
                update plan_item set directive_task = :task, professional_work = :work, content = :content,
                    owner_account_id = :owner, owner_name = :ownerName, due_date = :due, target_text = :targetText,
                    target_number = :targetNumber, target_unit = :targetUnit, search_key = :key, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version""")
                .param("task", data.task().name()).param("work", data.professionalWork())
                .param("content", data.content()).param("owner", data.ownerAccountId()).param("ownerName", ownerName)
                .param("due", data.dueDate()).param("targetText", data.targetText())
                .param("targetNumber", data.targetNumber()).param("targetUnit", data.targetUnit())
                .param("key", searchKey(data)).param("now", OffsetDateTime.now(clock)).param("id", itemId)
                .param("version", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("plan item " + itemId);
        }
        replaceGuides(itemId, data.guideIds());
    }

    void updateProgress(long itemId, long version, int progress, String note, LocalDate completedOn) {
        int rows = jdbc.sql("""
                update plan_item set progress = :progress, progress_note = :note, completed_on = :completed,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("progress", progress).param("note", note).param("completed", completedOn)
                .param("now", OffsetDateTime.now(clock)).param("id", itemId).param("version", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("plan item " + itemId);
        }
    }

    /** Removes an item of a plan not yet approved, with its links: it never was a commitment. */
    void deleteItem(long itemId, long version) {
        jdbc.sql("delete from plan_item_guide where item_id = :id").param("id", itemId).update();
        jdbc.sql("delete from plan_item_evidence where item_id = :id").param("id", itemId).update();
        int rows = jdbc.sql("delete from plan_item where id = :id and version = :version").param("id", itemId)
                .param("version", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("plan item " + itemId);
        }
    }

    private void replaceGuides(long itemId, List<Long> guideIds) {
        jdbc.sql("delete from plan_item_guide where item_id = :id").param("id", itemId).update();
        for (Long guide : guideIds) {
            jdbc.sql("insert into plan_item_guide (item_id, document_id) values (:item, :doc)")
                    .param("item", itemId).param("doc", guide).update();
        }
    }

    long insertEvidence(long itemId, PlanItem.EvidenceKind kind, String petitionCode, String url, String label,
            String actor) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into plan_item_evidence (item_id, kind, petition_code, url, label, created_by, created_at,
                    updated_at, version)
                values (:item, :kind, :code, :url, :label, :actor, :now, :now, 0)""")
                .param("item", itemId).param("kind", kind.name()).param("code", petitionCode).param("url", url)
                .param("label", label).param("actor", actor).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean deleteEvidence(long itemId, long evidenceId) {
        return jdbc.sql("delete from plan_item_evidence where id = :id and item_id = :item").param("id", evidenceId)
                .param("item", itemId).update() == 1;
    }

    private List<PlanItem> withLinks(List<PlanItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        List<Long> ids = items.stream().map(PlanItem::id).toList();
        Map<Long, List<PlanItem.GuideReference>> guides = new HashMap<>();
        jdbc.sql("""
                select g.item_id, d.id, d.number_symbol, d.issued_on, d.issuer from plan_item_guide g
                join guiding_document d on d.id = g.document_id where g.item_id in (:ids) order by d.issued_on, d.id""")
                .param("ids", ids)
                .query(rs -> {
                    guides.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>())
                            .add(new PlanItem.GuideReference(rs.getLong("id"), rs.getString("number_symbol"),
                                    rs.getObject("issued_on", LocalDate.class), rs.getString("issuer")));
                });
        Map<Long, List<PlanItem.Evidence>> evidence = new HashMap<>();
        jdbc.sql("""
                select id, item_id, kind, petition_code, url, label from plan_item_evidence where item_id in (:ids)
                order by id""")
                .param("ids", ids)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>())
                            .add(new PlanItem.Evidence(rs.getLong("id"),
                                    PlanItem.EvidenceKind.valueOf(rs.getString("kind")), rs.getString("petition_code"),
                                    rs.getString("url"), rs.getString("label")));
                });
        return items.stream().map(i -> i.withLinks(guides.getOrDefault(i.id(), List.of()),
                evidence.getOrDefault(i.id(), List.of()))).toList();
    }

    // ------------------------------------------------------------------ figures

    /** Each plan of the year: unit, id, state, when approved, item count and average progress. */
    List<PlanSummary> summaries(int year, Collection<Long> unitIds) {
        return jdbc.sql("""
                select p.id, p.unit_id, p.plan_year, p.status, p.approved_at, p.document_number, count(i.id) as items,
                       avg(i.progress * 1.0) as average_progress
                from annual_plan p left join plan_item i on i.plan_id = p.id
                where p.plan_year = :year""" + (unitIds == null ? "" : " and p.unit_id in (:units)") + """

                group by p.id, p.unit_id, p.plan_year, p.status, p.approved_at, p.document_number""")
                .param("year", year)
                .params(unitIds == null ? Map.of() : Map.of("units", unitIds.isEmpty() ? List.of(-1L) : unitIds))
                .query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("plan_year"),
                        PlanStatus.valueOf(rs.getString("status")), rs.getObject("approved_at", OffsetDateTime.class),
                        rs.getString("document_number"), rs.getInt("items"),
                        rs.getBigDecimal("average_progress")))
                .list();
    }

    /** Items of the unit's approved plans due in {@code from}..{@code to}. */
    List<PlanItem> approvedItemsDue(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select i.id, i.plan_id, i.unit_id, i.directive_task, i.professional_work, i.content,
                    i.owner_account_id, i.owner_name, i.due_date, i.target_text, i.target_number, i.target_unit,
                    i.progress, i.progress_note, i.completed_on, i.version
                from plan_item i join annual_plan p on p.id = i.plan_id
                where i.unit_id = :unit and p.status = 'APPROVED' and i.due_date between :from and :to""")
                .param("unit", unitId).param("from", from).param("to", to)
                .query(PlanRepository::item).list();
    }

    /** As {@link #approvedItemsDue(long, LocalDate, LocalDate)} for several units, by unit: one query. */
    Map<Long, List<PlanItem>> approvedItemsDue(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, List<PlanItem>> items = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("""
                    select i.id, i.plan_id, i.unit_id, i.directive_task, i.professional_work, i.content,
                        i.owner_account_id, i.owner_name, i.due_date, i.target_text, i.target_number, i.target_unit,
                        i.progress, i.progress_note, i.completed_on, i.version
                    from plan_item i join annual_plan p on p.id = i.plan_id
                    where i.unit_id in (:units) and p.status = 'APPROVED' and i.due_date between :from and :to""")
                    .param("units", unitIds).param("from", from).param("to", to)
                    .query(PlanRepository::item).list()
                    .forEach(i -> items.computeIfAbsent(i.unitId(), u -> new java.util.ArrayList<>()).add(i));
        }
        return items;
    }

    private static String searchKey(ItemRules.ItemData data) {
        return VietnameseText.searchKey(data.professionalWork() + " " + data.content() + " " + data.targetText());
    }

    private static AnnualPlan plan(ResultSet rs, int n) throws SQLException {
        return new AnnualPlan(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("plan_year"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("returned_reason"),
                rs.getObject("approved_at", OffsetDateTime.class), rs.getString("approved_by"),
                rs.getString("approver_name"), rs.getLong("version"));
    }

    private static PlanItem item(ResultSet rs, int n) throws SQLException {
        BigDecimal target = rs.getBigDecimal("target_number");
        return new PlanItem(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("unit_id"),
                DirectiveTask.valueOf(rs.getString("directive_task")), rs.getString("professional_work"),
                rs.getString("content"), rs.getLong("owner_account_id"), rs.getString("owner_name"),
                rs.getObject("due_date", LocalDate.class), rs.getString("target_text"),
                target == null ? null : target.stripTrailingZeros(), rs.getString("target_unit"), rs.getInt("progress"),
                rs.getString("progress_note"), rs.getObject("completed_on", LocalDate.class), rs.getLong("version"),
                List.of(), List.of());
    }
}
