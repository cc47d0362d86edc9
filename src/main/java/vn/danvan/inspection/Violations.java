package vn.danvan.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Violations of officials (vi phạm): found on an inspection by its team or a manager, or opened in one step
 * by Home Affairs or a leader from a petition in the category "Thái độ cán bộ" (the petition gets a neutral
 * link to the case, the case keeps the petition's code; nothing of the petitioner is read). Decided with a
 * number, date and measure (or none, which closes the case), followed up with notes until done.
 */
@Service
@Transactional
class Violations {

    /** The petition category whose petitions may open a case. */
    static final String CONDUCT_CATEGORY = "THAI_DO_CAN_BO";

    private static final String SELECT = """
            select v.id, v.inspection_id, v.petition_id, v.petition_code, v.unit_id, u.name as unit_name,
                   v.official_person_id, p.full_name, p.title, v.found_on, v.rule_broken, v.evidence, v.measure_proposed,
                   v.status, v.decision_number, v.decision_date, v.measure, v.follow_up_due, v.done_on, v.version
              from inspection_violation v join org_unit u on u.id = v.unit_id join org_person p on p.id = v.official_person_id
            """;

    private final InspectionRepository repository;
    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final Inspections inspections;
    private final InspectionPeople people;
    private final PetitionLookup petitions;
    private final PetitionLinks links;
    private final AuditService audit;
    private final MessageSource messages;
    private final Clock clock;

    Violations(InspectionRepository repository, JdbcClient jdbc, InspectionAccess access, Inspections inspections, InspectionPeople people,
            PetitionLookup petitions, PetitionLinks links, AuditService audit, MessageSource messages, Clock clock) {
        this.repository = repository;
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

    /** A violation found on an inspection, by its team or a manager; its id. */
    public long record(long inspectionId, Long officialId, String ruleBroken, String evidence,
            Measure measureProposed) {
        Records.Inspection i = inspections.requireEditable(inspectionId);
        InvalidRequestException.throwIfAny(checkCase(officialId, ruleBroken, evidence, measureProposed));
        return insert(inspectionId, null, null, i.unitId(), officialId, i.inspectedOn(), ruleBroken, evidence,
                measureProposed);
    }

    /**
     * Opens a case from a petition about an official's conduct (by its code or id), a manager's step; the
     * petition gets a neutral link to the case. The case's unit is the official's; its id.
     */
    public long openFromPetition(String petitionCode, Long officialId, String ruleBroken, String evidence,
            Measure measureProposed) {
        access.requireManager();
        List<Problem> problems = checkCase(officialId, ruleBroken, evidence, measureProposed);
        var petition = petitions.forCase(petitionCode);
        if (petition.isEmpty()) {
            problems.add(Problem.on("petitionCode", TypedText.isBlank(petitionCode)
                    ? "inspection.error.petitionRequired" : "inspection.error.petitionNotFound"));
        } else if (!CONDUCT_CATEGORY.equals(petition.get().categoryCode())) {
            problems.add(Problem.on("petitionCode", "inspection.error.petitionCategory"));
        }
        InvalidRequestException.throwIfAny(problems);
        Records.PersonOption official = people.find(officialId).orElseThrow();
        long id = insert(null, petition.get().id(), petition.get().code(), official.unitId(), officialId,
                LocalDate.now(clock), ruleBroken, evidence, measureProposed);
        links.add(petition.get().id(), messages.getMessage("inspection.petitionLink", new Object[] {id},
                InspectionPlans.VIETNAMESE), "/inspection/violations/" + id);
        return id;
    }

    /** What every case needs; the sizes are checked by the form (the columns' sizes). */
    private List<Problem> checkCase(Long officialId, String ruleBroken, String evidence, Measure measureProposed) {
        List<Problem> problems = new ArrayList<>();
        if (people.find(officialId).isEmpty()) {
            problems.add(Problem.on("officialId", "inspection.error.officialRequired"));
        }
        if (TypedText.isBlank(ruleBroken)) {
            problems.add(Problem.on("ruleBroken", "inspection.error.ruleRequired"));
        }
        if (TypedText.isBlank(evidence)) {
            problems.add(Problem.on("evidence", "inspection.error.evidenceRequired"));
        }
        if (measureProposed == null) {
            problems.add(Problem.on("measureProposed", "inspection.error.measureRequired"));
        }
        return problems;
    }

    private long insert(Long inspectionId, Long petitionId, String petitionCode, long unitId, long officialId,
            LocalDate foundOn, String ruleBroken, String evidence, Measure measureProposed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection_violation (inspection_id, petition_id, petition_code, unit_id, official_person_id,
                    found_on, rule_broken, evidence, measure_proposed, status, created_by, created_at, updated_at)
                values (:i, :petition, :code, :unit, :official, :found, :rule, :evidence, :proposed, 'OPEN', :by, :at, :at)
                """).param("i", inspectionId).param("petition", petitionId).param("code", petitionCode)
                .param("unit", unitId).param("official", officialId).param("found", foundOn)
                .param("rule", TypedText.of(ruleBroken)).param("evidence", TypedText.of(evidence))
                .param("proposed", measureProposed.name()).param("by", access.user().username())
                .param("at", now).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created("inspection_violation", id, unitId, Map.of("inspection", inspectionId == null ? "-" : inspectionId,
                "petition", petitionCode == null ? "-" : petitionCode, "measureProposed", measureProposed.name()));
        return id;
    }

    /** The case when the current user may handle it (a manager or the inspection's team); 403 otherwise. */
    Records.Violation requireHandler(long id) {
        Records.Violation v = get(id);
        if (!access.canHandleViolation(v)) {
            InspectionAccess.deny("may not handle violation " + id);
        }
        return v;
    }

    /** Records the decision: DECIDED with a measure, CLOSED_NO_MEASURE with none. */
    public void decide(long id, String number, LocalDate date, Measure measure, LocalDate followUpDue, long version) {
        requireHandler(id);
        Violation v = load(id);
        ViolationStatus was = v.status();
        v.decide(number, date, measure, followUpDue);
        if (!repository.save(v, was, version, OffsetDateTime.now(clock))) {
            throw InvalidRequestException.onField("version", Inspections.STALE);
        }
        audit.updated("inspection_violation", id, v.unitId(), Map.of("status", was.name()),
                Map.of("status", v.status().name(), "decision", v.decisionNumber(), "measure", v.measure().name()));
    }

    /** A follow-up note on an open or decided case (its size checked by the form: note is varchar(2000)). */
    public void addNote(long id, String note) {
        requireHandler(id);
        Violation v = load(id);
        v.requireOpen();
        String text = TypedText.of(note);
        if (text == null) {
            throw InvalidRequestException.onField("note", "inspection.error.noteRequired");
        }
        jdbc.sql("""
                insert into inspection_violation_note (violation_id, note, written_by, written_at)
                values (:v, :note, :by, :at)""").param("v", id).param("note", text)
                .param("by", access.user().username()).param("at", OffsetDateTime.now(clock)).update();
        audit.updated("inspection_violation", id, v.unitId(), Map.of(), Map.of("note", text));
    }

    /** Marks the decided measure carried out: DONE, final. */
    public void done(long id, long version) {
        requireHandler(id);
        Violation v = load(id);
        ViolationStatus was = v.status();
        v.done(LocalDate.now(clock));
        if (!repository.save(v, was, version, OffsetDateTime.now(clock))) {
            throw new InvalidRequestException(Inspections.STALE);
        }
        audit.updated("inspection_violation", id, v.unitId(), Map.of("status", was.name()),
                Map.of("status", v.status().name()));
    }

    private Violation load(long id) {
        return repository.violation(id).orElseThrow(() -> new NotFoundException("violation", id));
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

    /** Marks a violation the demo recorded (no screen does); see {@code InspectionDemo}. */
    void markDemo(long id) {
        jdbc.sql("update inspection_violation set demo = true where id = :id").param("id", id).update();
    }
}
