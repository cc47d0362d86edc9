package vn.danvan.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentView;
import vn.danvan.audit.AuditService;
import vn.danvan.model.ModelViews.Replication;
import vn.danvan.model.ModelViews.ResultLine;
import vn.danvan.model.ModelViews.Score;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Models and exemplary people: registration by a unit's officers and head, submission, evaluation
 * and recognition by Home Affairs, replication; who sees what. A unit's staff see their branch's
 * entries, Home Affairs, leaders and administrators all, information officers the recognised ones
 * (they spread them); anyone else nothing.
 */
@Service
@Transactional
class Models {

    static final String ENTITY = "model";
    static final String PHOTO_TYPES = "image/";
    static final String FILE_TYPE = "application/pdf";

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final AttachmentService attachments;
    private final ModelCriteria criteria;
    private final Clock clock;
    private final ModelRepository repository;

    Models(JdbcClient jdbc, OrganisationScope scope, AuditService audit, AttachmentService attachments,
            ModelCriteria criteria, Clock clock, ModelRepository repository) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.attachments = attachments;
        this.criteria = criteria;
        this.clock = clock;
    }

    /** Created, or the problems on their fields with nothing saved. */
    public record Saved(Long id, List<Problem> problems) {
    }

    // ------------------------------------------------------------------ who may do what

    private static boolean unitStaff(CurrentUser user) {
        return user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD);
    }

    /** Whether the current user may open the list at all. */
    public boolean mayList() {
        CurrentUser user = scope.requireUser();
        return user.districtWide() || unitStaff(user) || user.has(Role.INFORMATION_OFFICER);
    }

    void requireList() {
        if (!mayList()) {
            throw new AccessDeniedException("no access to models");
        }
    }

    boolean maySee(ModelEntry e) {
        CurrentUser user = scope.requireUser();
        return user.districtWide() || (unitStaff(user) && scope.canSee(e.unitId()))
                || (user.has(Role.INFORMATION_OFFICER) && e.status() == ModelStatus.RECOGNISED);
    }

    public boolean mayRegister() {
        return unitStaff(scope.requireUser());
    }

    /** The unit's officers and head may submit a draft and attach files to it. */
    public boolean mayChange(ModelEntry e) {
        return e.status().editable() && unitStaff(scope.requireUser()) && scope.canSee(e.unitId());
    }

    public boolean mayEvaluate(ModelEntry e) {
        return e.status().allows(ModelStatus.RECOGNISED) && scope.requireUser().has(Role.HOME_AFFAIRS);
    }

    /** Home Affairs, and the model's unit's officers and head, record where a recognised model was taken up. */
    public boolean mayRecordReplication(ModelEntry e) {
        CurrentUser user = scope.requireUser();
        return e.status() == ModelStatus.RECOGNISED
                && (user.has(Role.HOME_AFFAIRS) || (unitStaff(user) && scope.canSee(e.unitId())));
    }

    private static void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException(what);
        }
    }

    // ------------------------------------------------------------------ changes

    /**
     * Registers a draft for the current user's unit with its photos (JPEG, PNG) and files (PDF), all or
     * nothing: a refused file refuses the registration ({@link InvalidRequestException} on the field
     * "photos" or "files") and no row or file is kept.
     */
    Saved register(ModelForm form) {
        require(mayRegister(), "may not register models");
        CurrentUser user = scope.requireUser();
        int currentYear = currentYear();
        List<Problem> problems = ModelRules.checkRegistration(form, currentYear);
        if (!problems.isEmpty()) {
            return new Saved(null, problems);
        }
        boolean person = form.person();
        List<ResultLine> lines = person ? List.of() : ModelRules.resultLines(form.resultLines(), new ArrayList<>());
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_entry (unit_id, kind, name, field, entry_year, description, results, people_involved,
                    position_role, area, status, created_by, created_at, updated_at)
                values (:unit, :kind, :name, :field, :year, :description, :results, :people, :position, :area, 'DRAFT',
                    :by, :now, :now)""")
                .param("unit", user.unitId()).param("kind", form.kind().name()).param("name", form.name())
                .param("field", person ? null : form.field().name())
                .param("year", form.year())
                .param("description", form.description())
                .param("results", person ? null : form.results())
                .param("people", person ? null : form.peopleInvolved())
                .param("position", person ? form.positionRole() : null)
                .param("area", person ? form.area() : null)
                .param("by", user.username()).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeResultLines(id, lines);
        attach(id, user.unitId(), form.photos(), form.files());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", form.kind().name());
        after.put("name", form.name());
        after.put("year", form.year());
        after.put("status", ModelStatus.DRAFT.name());
        audit.created(ENTITY, id, user.unitId(), after);
        return new Saved(id, List.of());
    }

    /** The draft the current user may change (403 otherwise). */
    ModelEntry getForChange(long id) {
        ModelEntry e = get(id);
        require(mayChange(e), "may not change model " + id);
        return e;
    }

    /**
     * Changes a draft (its kind stays): the same checks as registering, the figures replaced, the
     * change audited. A form of a version that has changed meanwhile is refused with a problem, the
     * typed values kept; photos and files are added on the entry's page.
     */
    List<Problem> update(long id, ModelForm form) {
        ModelEntry e = getForChange(id);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", e.name());
        before.put("year", e.year());
        before.put("description", e.description());
        e.edit(form.kind(), form.name(), form.field(), form.year(), form.description(), form.results(),
                form.peopleInvolved(), form.positionRole(), form.area());
        int currentYear = currentYear();
        List<Problem> problems = ModelRules.checkRegistration(form, currentYear);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (form.version() == null || e.version() != form.version()) {
            return List.of(Problem.of("error.stale"));
        }
        List<ResultLine> lines = e.person() ? List.of() : ModelRules.resultLines(form.resultLines(), new ArrayList<>());
        try {
            repository.save(e);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return List.of(Problem.of("error.stale"));
        }
        jdbc.sql("delete from model_result_line where entry_id = :id").param("id", id).update();
        writeResultLines(id, lines);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", form.name());
        after.put("year", form.year());
        after.put("description", form.description());
        audit.updated(ENTITY, id, e.unitId(), before, after);
        return List.of();
    }

    /** The registration form as a draft stands, its figures written back as "label; value; unit" lines. */
    @Transactional(readOnly = true)
    ModelForm formOf(ModelEntry e) {
        String lines = String.join("\n", resultLines(e.id()).stream()
                .map(l -> l.label() + "; " + l.amount().stripTrailingZeros().toPlainString().replace('.', ',')
                        + (l.unitName() == null ? "" : "; " + l.unitName()))
                .toList());
        return new ModelForm(e.kind(), e.name(), e.field(), e.year(), e.description(), e.results(), lines,
                e.peopleInvolved(), e.positionRole(), e.area(), List.of(), List.of(), e.version());
    }

    private void writeResultLines(long id, List<ResultLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ResultLine l = lines.get(i);
            jdbc.sql("""
                    insert into model_result_line (entry_id, position, label, amount, unit_name)
                    values (:id, :pos, :label, :amount, :unit)""")
                    .param("id", id).param("pos", i + 1).param("label", l.label()).param("amount", l.amount())
                    .param("unit", l.unitName()).update();
        }
    }

    /** Adds photos and files to a draft, all or nothing. */
    void addFiles(long id, FilesForm form) {
        ModelEntry e = getForChange(id);
        attach(id, e.unitId(), form.photos(), form.files());
    }

    private void attach(long id, long unitId, List<MultipartFile> photos, List<MultipartFile> files) {
        storeOfType("photos", id, unitId, photos, PHOTO_TYPES, "model.error.photoType");
        storeOfType("files", id, unitId, files, FILE_TYPE, "model.error.fileType");
    }

    private void storeOfType(String field, long id, long unitId, List<MultipartFile> uploads, String typePrefix,
            String refusal) {
        if (uploads == null || uploads.isEmpty()) {
            return;
        }
        List<AttachmentView> stored;
        try {
            stored = attachments.store(ENTITY, id, unitId, uploads);
        } catch (InvalidRequestException e) {
            throw InvalidRequestException.onField(field, e.messageKey(), e.arguments());
        }
        for (AttachmentView a : stored) {
            if (!a.contentType().startsWith(typePrefix)) {
                // thrown inside the transaction: the row and every stored file are rolled back
                throw InvalidRequestException.onField(field, refusal, a.fileName());
            }
        }
    }

    /** DRAFT -> SUBMITTED by the unit's officers or head. */
    void submit(long id, long version) {
        ModelEntry e = getForChange(id);
        ModelStatus was = e.status();
        e.submit(OffsetDateTime.now(clock));
        save(e, version);
        audit.updated(ENTITY, id, e.unitId(), Map.of("status", was.name()),
                Map.of("status", e.status().name()));
    }

    /** A submitted entry Home Affairs may evaluate: 403 for anyone else, 400 once evaluated. */
    ModelEntry getForEvaluation(long id) {
        ModelEntry e = get(id);
        if (!scope.requireUser().has(Role.HOME_AFFAIRS)) {
            throw new AccessDeniedException("only Home Affairs evaluates models");
        }
        e.requireEvaluable();
        return e;
    }

    /** The problems of an evaluation, none when it may be saved. */
    @Transactional(readOnly = true)
    List<Problem> check(EvaluationForm form) {
        return ModelRules.checkEvaluation(criteria.all(), form, currentYear());
    }

    /** SUBMITTED -> RECOGNISED or NOT_RECOGNISED; the problems when refused, with nothing saved. */
    List<Problem> evaluate(long id, EvaluationForm evaluation) {
        ModelEntry e = getForEvaluation(id);
        int currentYear = currentYear();
        ModelRules.Scoring scoring = ModelRules.score(criteria.all(), evaluation.scores());
        List<Problem> problems = ModelRules.checkEvaluation(criteria.all(), evaluation, currentYear);
        if (!problems.isEmpty()) {
            return problems;
        }
        ModelStatus was = e.status();
        e.evaluate(evaluation.result(), scoring.total(), evaluation.comment(), evaluation.reason(),
                evaluation.recognitionYear(), scope.requireUser().username(), OffsetDateTime.now(clock));
        save(e, evaluation.version());
        for (Map.Entry<Long, Score> s : scoredByCriterion(scoring).entrySet()) {
            jdbc.sql("""
                    insert into model_score (entry_id, criterion_id, criterion_name, max_points, points)
                    values (:id, :criterion, :name, :max, :points)""")
                    .param("id", id).param("criterion", s.getKey()).param("name", s.getValue().criterionName())
                    .param("max", s.getValue().maxPoints()).param("points", s.getValue().points()).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", evaluation.result().name());
        after.put("totalScore", scoring.total());
        if (e.recognitionYear() != null) {
            after.put("recognitionYear", e.recognitionYear());
        } else {
            after.put("reason", evaluation.reason());
        }
        audit.updated(ENTITY, id, e.unitId(), Map.of("status", was.name()), after);
        return List.of();
    }

    /** Saves an entry changed on the version the user read; another change since then is refused. */
    private void save(ModelEntry e, Long readVersion) {
        if (readVersion == null || e.version() != readVersion) {
            throw new OptimisticLockingFailureException("model " + e.id());
        }
        repository.save(e);
    }

    private Map<Long, Score> scoredByCriterion(ModelRules.Scoring scoring) {
        Map<Long, Score> byId = new LinkedHashMap<>();
        var active = criteria.all().stream().filter(ModelViews.Criterion::active).toList();
        for (int i = 0; i < active.size(); i++) {
            byId.put(active.get(i).id(), scoring.scores().get(i));
        }
        return byId;
    }

    /** The recognised entry whose replications the current user may record (403 otherwise). */
    ModelEntry getForReplication(long id) {
        ModelEntry e = get(id);
        require(mayRecordReplication(e), "may not record replication of model " + id);
        return e;
    }

    /** Records that a unit took up a recognised model; the problems when refused. */
    List<Problem> replicate(long id, ReplicationForm form) {
        ModelEntry e = getForReplication(id);
        List<Problem> problems = new ArrayList<>();
        if (form.unitId() == null || jdbc.sql("select count(*) from org_unit where id = :id").param("id", form.unitId())
                .query(Long.class).single() == 0) {
            problems.add(Problem.on("unitId", "model.error.unitRequired"));
        }
        if (form.takenUpOn() != null && form.takenUpOn().isAfter(LocalDate.now(clock.withZone(DanVanTime.ZONE)))) {
            problems.add(Problem.on("takenUpOn", "model.error.dateFuture"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_replication (entry_id, unit_id, taken_up_on, outcome, created_by, created_at, updated_at)
                values (:id, :unit, :date, :outcome, :by, :now, :now)""")
                .param("id", id).param("unit", form.unitId()).param("date", form.takenUpOn())
                .param("outcome", form.outcome())
                .param("by", scope.requireUser().username()).param("now", now).update(keys, "id");
        audit.created("model_replication", keys.getKey().longValue(), e.unitId(),
                Map.of("model", id, "unit", form.unitId(), "takenUpOn", form.takenUpOn().toString()));
        return List.of();
    }

    // ------------------------------------------------------------------ reading

    /** One entry, when the current user may see it (403 otherwise). */
    @Transactional(readOnly = true)
    public ModelEntry get(long id) {
        requireList();
        ModelEntry e = find(id);
        require(maySee(e), "model " + id + " outside scope");
        return e;
    }

    /** The entries the current user may see, newest first. */
    @Transactional(readOnly = true)
    public List<ModelEntry> visible() {
        requireList();
        return jdbc.sql(ModelRepository.SELECT + " order by e.entry_year desc, e.id desc").query(ModelRepository::map).list().stream()
                .filter(this::maySee).toList();
    }

    /** Recognised models and people, for the portal. */
    @Transactional(readOnly = true)
    public List<ModelEntry> recognised() {
        return jdbc.sql(ModelRepository.SELECT + " where e.status = 'RECOGNISED' order by e.recognition_year desc, e.id desc")
                .query(ModelRepository::map).list();
    }

    /** A recognised entry for the portal; any other answers 404. */
    @Transactional(readOnly = true)
    public ModelEntry publicGet(long id) {
        ModelEntry e = find(id);
        if (e.status() != ModelStatus.RECOGNISED) {
            throw new NotFoundException(ENTITY, id);
        }
        return e;
    }

    @Transactional(readOnly = true)
    public List<ResultLine> resultLines(long id) {
        return jdbc.sql("select label, amount, unit_name from model_result_line where entry_id = :id order by position")
                .param("id", id).query((rs, n) -> new ResultLine(rs.getString("label"), rs.getBigDecimal("amount"),
                        rs.getString("unit_name"))).list();
    }

    @Transactional(readOnly = true)
    public List<Score> scores(long id) {
        return jdbc.sql("select criterion_name, max_points, points from model_score where entry_id = :id order by id")
                .param("id", id).query((rs, n) -> new Score(rs.getString("criterion_name"), rs.getInt("max_points"),
                        rs.getInt("points"))).list();
    }

    @Transactional(readOnly = true)
    public List<Replication> replications(long id) {
        return jdbc.sql("""
                select r.id, u.name, r.taken_up_on, r.outcome from model_replication r join org_unit u on u.id = r.unit_id
                 where r.entry_id = :id order by r.taken_up_on, r.id""")
                .param("id", id).query((rs, n) -> new Replication(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("taken_up_on", LocalDate.class), rs.getString("outcome"))).list();
    }

    /** The photos (JPEG, PNG) of an entry. */
    @Transactional(readOnly = true)
    public List<AttachmentView> photos(long id) {
        return attachments.of(ENTITY, id).stream().filter(a -> a.contentType().startsWith(PHOTO_TYPES)).toList();
    }

    /** The other files (PDF) of an entry. */
    @Transactional(readOnly = true)
    public List<AttachmentView> files(long id) {
        return attachments.of(ENTITY, id).stream().filter(a -> !a.contentType().startsWith(PHOTO_TYPES)).toList();
    }

    private ModelEntry find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private int currentYear() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
    }
}
