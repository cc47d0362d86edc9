package vn.danvan.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.petition.PetitionLookup;
import vn.danvan.shared.web.DateInput;
import vn.danvan.shared.web.NotFoundException;

/**
 * Violations of officials (vi phạm): found on an inspection by its team or a manager, or opened in one step
 * by Home Affairs or a leader from a petition in the category "Thái độ cán bộ" (the petition gets a neutral
 * link to the case, the case keeps the petition's code; nothing of the petitioner is read). Decided with a
 * number, date and measure (or none, which closes the case), followed up with notes until done.
 */
@Service
@Transactional
public class Violations {

    /** The petition category whose petitions may open a case. */
    static final String CONDUCT_CATEGORY = "THAI_DO_CAN_BO";

    private static final String SELECT = """
            select v.id, v.inspection_id, v.petition_id, v.petition_code, v.unit_id, u.name as unit_name,
                   v.official_person_id, p.full_name, p.title, v.found_on, v.rule_broken, v.evidence, v.measure_proposed,
                   v.status, v.decision_number, v.decision_date, v.measure, v.follow_up_due, v.done_on, v.version
              from inspection_violation v join unit u on u.id = v.unit_id join person p on p.id = v.official_person_id
            """;

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final Inspections inspections;
    private final InspectionPeople people;
    private final PetitionLookup petitions;
    private final PetitionLinks links;
    private final AuditService audit;
    private final MessageSource messages;
    private final Clock clock;

    Violations(JdbcClient jdbc, InspectionAccess access, Inspections inspections, InspectionPeople people,
            PetitionLookup petitions, PetitionLinks links, AuditService audit, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.inspections = inspections;
        this.people = people;
        this.petitions = petitions;
        this.links = links;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Records.Violation> visible() {
        return jdbc.sql(SELECT + " where " + access.violationFilter() + " order by v.found_on desc, v.id desc")
                .param("person", access.person()).param("headUnit", access.headUnit()).query(Violations::map).list();
    }

    @Transactional(readOnly = true)
    public List<Records.Violation> ofInspection(long inspectionId) {
        return jdbc.sql(SELECT + " where v.inspection_id = :i order by v.id").param("i", inspectionId)
                .query(Violations::map).list();
    }

    /** The case, when the current user may see it; 403 otherwise. */
    @Transactional(readOnly = true)
    public Records.Violation get(long id) {
        Records.Violation v = find(id);
        if (!access.canSeeViolation(v)) {
            InspectionAccess.deny("violation " + id);
        }
        return v;
    }

    @Transactional(readOnly = true)
    public boolean canHandle(Records.Violation v) {
        return access.canHandleViolation(v);
    }

    Records.Violation find(long id) {
        return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(Violations::map).optional()
                .orElseThrow(() -> new NotFoundException("violation", id));
    }

    /** A violation found on an inspection, by its team or a manager. */
    public Problems record(long inspectionId, Long officialId, String ruleBroken, String evidence,
            String measureProposed) {
        Records.Inspection i = inspections.get(inspectionId);
        if (!access.canEditInspection(inspectionId)) {
            InspectionAccess.deny("not on the team of inspection " + inspectionId);
        }
        Problems problems = checkCase(officialId, ruleBroken, evidence, measureProposed);
        if (problems.any()) {
            return problems;
        }
        long id = insert(inspectionId, null, null, i.unitId(), officialId, i.inspectedOn(), ruleBroken, evidence,
                measureProposed);
        return Problems.none(id);
    }

    /**
     * Opens a case from a petition about an official's conduct (by its code or id), a manager's step; the
     * petition gets a neutral link to the case. The case's unit is the official's.
     */
    public Problems openFromPetition(String petitionCode, Long officialId, String ruleBroken, String evidence,
            String measureProposed) {
        access.requireManager();
        Problems problems = checkCase(officialId, ruleBroken, evidence, measureProposed);
        var petition = petitions.forCase(petitionCode);
        if (petition.isEmpty()) {
            problems.add("petitionCode", petitionCode == null || petitionCode.isBlank()
                    ? "inspection.error.petitionRequired" : "inspection.error.petitionNotFound");
        } else if (!CONDUCT_CATEGORY.equals(petition.get().categoryCode())) {
            problems.add("petitionCode", "inspection.error.petitionCategory");
        }
        if (problems.any()) {
            return problems;
        }
        Records.PersonOption official = people.find(officialId).orElseThrow();
        long id = insert(null, petition.get().id(), petition.get().code(), official.unitId(), officialId,
                LocalDate.now(clock), ruleBroken, evidence, measureProposed);
        links.add(petition.get().id(), messages.getMessage("inspection.petitionLink", new Object[] {id},
                InspectionPlans.VIETNAMESE), "/inspection/violations/" + id);
        return Problems.none(id);
    }

    private Problems checkCase(Long officialId, String ruleBroken, String evidence, String measureProposed) {
        Problems problems = new Problems();
        if (people.find(officialId).isEmpty()) {
            problems.add("officialId", "inspection.error.officialRequired");
        }
        problems.requireText("ruleBroken", ruleBroken, 2000, "inspection.error.ruleRequired");
        problems.requireText("evidence", evidence, 4000, "inspection.error.evidenceRequired");
        if (measure(measureProposed) == null) {
            problems.add("measureProposed", "inspection.error.measureRequired");
        }
        return problems;
    }

    static Measure measure(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Measure.valueOf(typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private long insert(Long inspectionId, Long petitionId, String petitionCode, long unitId, long officialId,
            LocalDate foundOn, String ruleBroken, String evidence, String measureProposed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection_violation (inspection_id, petition_id, petition_code, unit_id, official_person_id,
                    found_on, rule_broken, evidence, measure_proposed, status, created_by, created_at, updated_at)
                values (:i, :petition, :code, :unit, :official, :found, :rule, :evidence, :proposed, 'OPEN', :by, :at, :at)
                """).param("i", inspectionId).param("petition", petitionId).param("code", petitionCode)
                .param("unit", unitId).param("official", officialId).param("found", foundOn)
                .param("rule", ruleBroken.strip()).param("evidence", evidence.strip())
                .param("proposed", measure(measureProposed).name()).param("by", access.user().username())
                .param("at", now).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created("inspection_violation", id, unitId, Map.of("inspection", inspectionId == null ? "-" : inspectionId,
                "petition", petitionCode == null ? "-" : petitionCode, "measureProposed", measureProposed));
        return id;
    }

    private Records.Violation requireHandler(long id) {
        Records.Violation v = get(id);
        if (!access.canHandleViolation(v)) {
            InspectionAccess.deny("may not handle violation " + id);
        }
        return v;
    }

    /** Records the decision: DECIDED with a measure, CLOSED_NO_MEASURE with none. */
    public Problems decide(long id, String number, String date, String measure, String followUpDue, long version) {
        Records.Violation v = requireHandler(id);
        LocalDate decided = DateInput.parse(date).orElse(null);
        LocalDate due = DateInput.parse(followUpDue).orElse(null);
        Measure m = measure(measure);
        Problems problems = InspectionRules.checkDecision(v.status(), number, decided,
                date != null && !date.isBlank(), m, due, followUpDue != null && !followUpDue.isBlank());
        if (problems.any()) {
            return problems;
        }
        ViolationStatus next = ViolationStatus.afterDecision(m);
        int changed = jdbc.sql("""
                update inspection_violation set status = :status, decision_number = :number, decision_date = :date,
                    measure = :measure, follow_up_due = :due, updated_at = :at, version = version + 1
                 where id = :id and version = :version and status = 'OPEN'""")
                .param("status", next.name()).param("number", number.strip()).param("date", decided)
                .param("measure", m.name()).param("due", due).param("at", OffsetDateTime.now(clock)).param("id", id)
                .param("version", version).update();
        if (changed == 0) {
            return Problems.of("version", Problems.STALE);
        }
        audit.updated("inspection_violation", id, v.unitId(), Map.of("status", v.status().name()),
                Map.of("status", next.name(), "decision", number.strip(), "measure", m.name()));
        return Problems.none(id);
    }

    /** A follow-up note on an open or decided case. */
    public Problems addNote(long id, String note) {
        Records.Violation v = requireHandler(id);
        Problems problems = new Problems();
        if (!v.status().open()) {
            return problems.add("note", "inspection.error.transition");
        }
        problems.requireText("note", note, 2000, "inspection.error.noteRequired");
        if (problems.any()) {
            return problems;
        }
        jdbc.sql("""
                insert into inspection_violation_note (violation_id, note, written_by, written_at)
                values (:v, :note, :by, :at)""").param("v", id).param("note", note.strip())
                .param("by", access.user().username()).param("at", OffsetDateTime.now(clock)).update();
        audit.updated("inspection_violation", id, v.unitId(), Map.of(), Map.of("note", note.strip()));
        return Problems.none(id);
    }

    /** Marks the decided measure carried out: DONE, final. */
    public Problems done(long id, long version) {
        Records.Violation v = requireHandler(id);
        if (!v.status().allows(ViolationStatus.DONE)) {
            return Problems.of("status", "inspection.error.transition");
        }
        int changed = jdbc.sql("""
                update inspection_violation set status = 'DONE', done_on = :on, updated_at = :at, version = version + 1
                 where id = :id and version = :version and status = 'DECIDED'""")
                .param("on", LocalDate.now(clock)).param("at", OffsetDateTime.now(clock)).param("id", id)
                .param("version", version).update();
        if (changed == 0) {
            return Problems.of("version", Problems.STALE);
        }
        audit.updated("inspection_violation", id, v.unitId(), Map.of("status", "DECIDED"), Map.of("status", "DONE"));
        return Problems.none(id);
    }

    @Transactional(readOnly = true)
    public List<Records.Note> notes(long id) {
        return jdbc.sql("select note, written_by, written_at from inspection_violation_note where violation_id = :v"
                + " order by id").param("v", id).query((rs, n) -> new Records.Note(rs.getString("note"),
                        rs.getString("written_by"), rs.getObject("written_at", OffsetDateTime.class))).list();
    }

    static Records.Violation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String measure = rs.getString("measure");
        return new Records.Violation(rs.getLong("id"), (Long) rs.getObject("inspection_id", Long.class),
                (Long) rs.getObject("petition_id", Long.class), rs.getString("petition_code"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getLong("official_person_id"), rs.getString("full_name"),
                rs.getString("title"), rs.getObject("found_on", LocalDate.class), rs.getString("rule_broken"),
                rs.getString("evidence"), Measure.valueOf(rs.getString("measure_proposed")),
                ViolationStatus.valueOf(rs.getString("status")), rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class), measure == null ? null : Measure.valueOf(measure),
                rs.getObject("follow_up_due", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                rs.getLong("version"));
    }
}
