package vn.danvan.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.consultation.ConsultationViews.Comment;
import vn.danvan.consultation.ConsultationViews.Option;
import vn.danvan.consultation.ConsultationViews.OptionCount;
import vn.danvan.consultation.ConsultationViews.Participation;
import vn.danvan.consultation.ConsultationViews.ScopeArea;
import vn.danvan.consultation.ConsultationViews.Tally;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Consultations of a commune: drafting by its officers and head, opening (households in scope
 * snapshotted, one code issued per household, tally counters laid out), closing and publishing the
 * authority's decision; the staff list within scope and the public list; the tally only when it may
 * be shown.
 */
@Service
@Transactional
class Consultations {

    static final String ENTITY = "consultation";

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final ResidentialAreas areas;
    private final AuditService audit;
    private final ConsultationSettings settings;
    private final Clock clock;
    private final HouseholdCodes codes = new HouseholdCodes();
    private final JdbcTemplate jdbcTemplate;
    private final ConsultationRepository repository;

    Consultations(JdbcClient jdbc, JdbcTemplate jdbcTemplate, OrganisationScope scope, OrganisationService organisation, ResidentialAreas areas,
            AuditService audit, ConsultationSettings settings, Clock clock, ConsultationRepository repository) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.scope = scope;
        this.organisation = organisation;
        this.areas = areas;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Created, or the problems on their fields with nothing saved. */
    public record Saved(Long id, List<Problem> problems) {
    }

    /** Whether the current user may run consultations of the unit: a commune's officers and head in scope. */
    @Transactional(readOnly = true)
    public boolean canRecord(long unitId) {
        CurrentUser user = scope.requireUser();
        boolean commune = organisation.unit(unitId).map(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE).orElse(false);
        return commune && (user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD)) && scope.canSee(unitId);
    }

    void requireRecorder(long unitId) {
        if (!canRecord(unitId)) {
            throw new AccessDeniedException("may not run consultations of unit " + unitId);
        }
    }

    /** Saves a draft for the current user's commune. */
    public Saved create(ConsultationForm form) {
        CurrentUser user = scope.requireUser();
        long unitId = user.unitId();
        requireRecorder(unitId);
        List<Problem> problems = check(unitId, form);
        if (!problems.isEmpty()) {
            return new Saved(null, problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation (unit_id, title, description, kind, whole_unit, opens_on, closes_on,
                    live_tally, status, created_by, created_at, updated_at)
                values (:unit, :title, :description, :kind, :whole, :opens, :closes, :live, 'DRAFT', :by, :now, :now)
                """)
                .param("unit", unitId).param("title", form.title())
                .param("description", form.description()).param("kind", form.kind().name())
                .param("whole", form.whole()).param("opens", form.opensOn()).param("closes", form.closesOn())
                .param("live", form.live()).param("by", user.username()).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeOptionsAndScope(id, form);
        audit.created(ENTITY, id, unitId, auditFields(form));
        return new Saved(id, List.of());
    }

    /** Changes a draft; the problems when refused. */
    public List<Problem> update(long id, ConsultationForm form) {
        Consultation c = get(id);
        requireRecorder(c.unitId());
        Map<String, Object> before = Map.of("title", c.title(), "opensOn", c.opensOn().toString(),
                "closesOn", c.closesOn().toString());
        try {
            c.edit(form.title(), form.description(), form.kind(), form.whole(), form.opensOn(), form.closesOn(),
                    form.live());
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        List<Problem> problems = check(c.unitId(), form);
        if (!problems.isEmpty()) {
            return problems;
        }
        save(c, form.version() == null ? -1 : form.version());
        jdbc.sql("delete from consultation_option where consultation_id = :id").param("id", id).update();
        jdbc.sql("delete from consultation_scope where consultation_id = :id").param("id", id).update();
        writeOptionsAndScope(id, form);
        audit.updated(ENTITY, id, c.unitId(), before, auditFields(form));
        return List.of();
    }

    /**
     * Opens a draft: the households of the areas in scope are snapshotted, one code is issued per
     * household of each area, and the tally counters are laid out. The problems when refused.
     */
    public List<Problem> open(long id, long version) {
        Consultation c = get(id);
        requireRecorder(c.unitId());
        ConsultationStatus was = c.status();
        List<ResidentialArea> inScope = areasInScope(c);
        long households = inScope.stream().mapToLong(ResidentialArea::households).sum();
        try {
            c.open(LocalDate.now(clock), households, OffsetDateTime.now(clock));
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        save(c, version);
        jdbc.sql("delete from consultation_scope where consultation_id = :id").param("id", id).update();
        List<Option> options = options(id);
        for (ResidentialArea area : inScope) {
            jdbc.sql("""
                    insert into consultation_scope (consultation_id, area_id, households, participated)
                    values (:id, :area, :households, 0)""")
                    .param("id", id).param("area", area.id()).param("households", area.households()).update();
            for (Option o : options) {
                jdbc.sql("""
                        insert into consultation_tally (consultation_id, area_id, option_id, votes)
                        values (:id, :area, :option, 0)""")
                        .param("id", id).param("area", area.id()).param("option", o.id()).update();
            }
            issueCodes(id, area);
        }
        audit.updated(ENTITY, id, c.unitId(), Map.of("status", was.name()),
                Map.of("status", "OPEN", "householdsInScope", households, "codesIssued", households));
        return List.of();
    }

    private void issueCodes(long id, ResidentialArea area) {
        List<Object[]> rows = new ArrayList<>();
        for (String code : codes.generate(area.households())) {
            rows.add(new Object[] {id, area.id(), code});
        }
        // a clash with an earlier consultation's code is refused by the unique constraint: the opening
        // then fails as a whole and may simply be tried again (odds about one in 10^14 per code)
        jdbcTemplate.batchUpdate(
                "insert into consultation_code (consultation_id, area_id, code) values (?, ?, ?)", rows);
    }

    /** Closes an open consultation: no more participation; the tally may be shown. */
    public List<Problem> close(long id, long version) {
        Consultation c = get(id);
        requireRecorder(c.unitId());
        ConsultationStatus was = c.status();
        try {
            c.close(OffsetDateTime.now(clock));
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        save(c, version);
        Participation p = participation(c);
        audit.updated(ENTITY, id, c.unitId(), Map.of("status", was.name()),
                Map.of("status", "CLOSED", "participated", p.participated(), "inScope", p.inScope()));
        return List.of();
    }

    /** Records the authority's decision and publishes the result; the problems when refused. */
    public List<Problem> publish(long id, PublishForm form) {
        Consultation c = get(id);
        requireRecorder(c.unitId());
        ConsultationStatus was = c.status();
        try {
            c.publish(form.decisionText(), form.decisionNumber(), form.decisionDate(), OffsetDateTime.now(clock));
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        save(c, form.version());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "PUBLISHED");
        after.put("decision", form.decisionText());
        if (form.decisionNumber() != null) {
            after.put("decisionNumber", form.decisionNumber());
        }
        audit.updated(ENTITY, id, c.unitId(), Map.of("status", was.name()), after);
        return List.of();
    }

    /** Saves a consultation changed on the version the user read; another change since then is refused. */
    private void save(Consultation c, Long readVersion) {
        if (readVersion == null || c.version() != readVersion) {
            throw new OptimisticLockingFailureException("consultation " + c.id());
        }
        repository.save(c);
    }

    /** One consultation, if the current user may see its unit (403 otherwise). */
    @Transactional(readOnly = true)
    public Consultation get(long id) {
        Consultation c = find(id);
        scope.checkUnit(c.unitId());
        return c;
    }

    /** A consultation on the portal: any but a draft. */
    @Transactional(readOnly = true)
    public Consultation publicGet(long id) {
        Consultation c = find(id);
        if (c.status() == ConsultationStatus.DRAFT) {
            throw new NotFoundException(ENTITY, id);
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<Consultation> visible() {
        var filter = scope.visibleUnits();
        return jdbc.sql(ConsultationRepository.SELECT + " order by c.opens_on desc, c.id desc").query(ConsultationRepository::map).list().stream()
                .filter(c -> filter.includes(c.unitId())).toList();
    }

    @Transactional(readOnly = true)
    public List<Consultation> publicList() {
        return jdbc.sql(ConsultationRepository.SELECT + " where c.status <> 'DRAFT' order by c.opens_on desc, c.id desc")
                .query(ConsultationRepository::map).list();
    }

    @Transactional(readOnly = true)
    public List<Option> options(long id) {
        return jdbc.sql("select id, position, label from consultation_option where consultation_id = :id order by position")
                .param("id", id).query((rs, n) -> new Option(rs.getLong("id"), rs.getInt("position"),
                        rs.getString("label"))).list();
    }

    /** The areas in scope; before the opening, the chosen ones (or all of the commune) without a snapshot. */
    @Transactional(readOnly = true)
    public List<ScopeArea> scope(Consultation c) {
        if (c.status() == ConsultationStatus.DRAFT) {
            return areasInScope(c).stream().map(a -> new ScopeArea(a.id(), a.name(), a.households(), 0)).toList();
        }
        return jdbc.sql("""
                select s.area_id, a.name, s.households, s.participated from consultation_scope s
                  join consultation_area a on a.id = s.area_id where s.consultation_id = :id order by a.name""")
                .param("id", c.id()).query((rs, n) -> new ScopeArea(rs.getLong("area_id"), rs.getString("name"),
                        (Integer) rs.getObject("households", Integer.class), rs.getInt("participated"))).list();
    }

    /** Households that took part out of those in scope: always shown. */
    @Transactional(readOnly = true)
    public Participation participation(Consultation c) {
        long participated = jdbc.sql("select coalesce(sum(participated), 0) from consultation_scope where consultation_id = :id")
                .param("id", c.id()).query(Long.class).single();
        long inScope = c.householdsInScope() == null
                ? scope(c).stream().mapToLong(a -> a.households() == null ? 0 : a.households()).sum()
                : c.householdsInScope();
        return new Participation(participated, inScope);
    }

    /** The counts per option and the decision rule's verdict, or null while the tally is hidden. */
    @Transactional(readOnly = true)
    public Tally tally(Consultation c) {
        if (!c.tallyVisible()) {
            return null;
        }
        Map<Long, Long> votes = new LinkedHashMap<>();
        jdbc.sql("select option_id, sum(votes) as n from consultation_tally where consultation_id = :id group by option_id")
                .param("id", c.id()).query((rs, n) -> votes.put(rs.getLong("option_id"), rs.getLong("n"))).list();
        List<OptionCount> counts = options(c.id()).stream()
                .map(o -> new OptionCount(o, votes.getOrDefault(o.id(), 0L))).toList();
        Participation p = participation(c);
        ApprovalRule rule = settings.approvalRule(c.closesOn());
        Boolean approved = c.decide() && c.status().ended() && !counts.isEmpty()
                ? rule.approved(counts.get(0).votes(), p.inScope()) : null;
        return new Tally(counts, p, approved, rule.thresholdPercent());
    }

    /** Residents' comments, text and day only, for the unit's staff. */
    @Transactional(readOnly = true)
    public List<Comment> comments(Consultation c) {
        scope.checkUnit(c.unitId());
        return jdbc.sql("select received_on, body from consultation_comment where consultation_id = :id order by received_on, body")
                .param("id", c.id()).query((rs, n) -> new Comment(rs.getObject("received_on", LocalDate.class),
                        rs.getString("body"))).list();
    }

    /** The codes of one area, for printing its slips again; the unit's officers and head only. */
    @Transactional(readOnly = true)
    public List<String> codesOf(Consultation c, long areaId) {
        requireRecorder(c.unitId());
        return jdbc.sql("select code from consultation_code where consultation_id = :id and area_id = :area order by id")
                .param("id", c.id()).param("area", areaId).query(String.class).list();
    }

    private List<ResidentialArea> areasInScope(Consultation c) {
        List<ResidentialArea> all = areas.activeOf(c.unitId());
        if (c.wholeUnit()) {
            return all;
        }
        Set<Long> chosen = new HashSet<>(jdbc.sql("select area_id from consultation_scope where consultation_id = :id")
                .param("id", c.id()).query(Long.class).list());
        return all.stream().filter(a -> chosen.contains(a.id())).toList();
    }

    /** The rules of a draft the form's fields cannot say alone: options, areas of the commune, dates in order. */
    @Transactional(readOnly = true)
    List<Problem> check(long unitId, ConsultationForm form) {
        List<Problem> problems = ConsultationRules.checkDraft(form);
        if (!form.whole()) {
            Set<Long> own = new HashSet<>(areas.activeOf(unitId).stream().map(ResidentialArea::id).toList());
            if (!own.containsAll(form.chosenAreas())) {
                problems.add(Problem.on("areaIds", "consultation.error.areasRequired"));
            }
        }
        return problems;
    }

    private void writeOptionsAndScope(long id, ConsultationForm form) {
        List<String> options = form.kind() == ConsultationKind.DECIDE ? form.optionLines() : List.of();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("insert into consultation_option (consultation_id, position, label) values (:id, :pos, :label)")
                    .param("id", id).param("pos", i + 1).param("label", options.get(i)).update();
        }
        if (!form.whole()) {
            for (Long area : new java.util.LinkedHashSet<>(form.chosenAreas())) {
                jdbc.sql("insert into consultation_scope (consultation_id, area_id) values (:id, :area)")
                        .param("id", id).param("area", area).update();
            }
        }
    }

    private Consultation find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static Map<String, Object> auditFields(ConsultationForm form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", form.title());
        fields.put("kind", form.kind().name());
        fields.put("opensOn", form.opensOn().toString());
        fields.put("closesOn", form.closesOn().toString());
        fields.put("wholeUnit", form.whole());
        fields.put("liveTally", form.live());
        return fields;
    }
}
