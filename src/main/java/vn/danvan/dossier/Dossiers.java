package vn.danvan.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Dossiers received at a unit's counter and their handling. The unit's officers and head receive and act;
 * staff whose scope covers the unit (district-wide roles: every unit) read. Every change is audited without
 * the applicant's personal data, and each action checks the version shown so that a stale form is refused.
 */
@Service
@Transactional
class Dossiers {

    static final String ENTITY = "dossier";
    private static final String SELECT = """
            select d.id, d.code, d.procedure_id, p.code as procedure_code, p.name as procedure_name,
                   p.time_limit, d.unit_id, u.name as unit_name, d.applicant_name, d.applicant_phone,
                   d.applicant_address, d.received_at, d.received_by_name, d.due_date, d.state, d.missing_documents,
                   d.refusal_reason, d.returned_at, d.apology_new_date, d.apology_reason, d.apology_issued_at,
                   d.apology_issued_by_name, d.applicant_email, d.documents_received, d.sets_count, d.return_time,
                   d.return_place, d.register_book, d.register_line, d.version
              from dossier d join dossier_procedure p on p.id = d.procedure_id join org_unit u on u.id = d.unit_id""";

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final DossierProcedures procedures;
    private final WorkingCalendar calendar;
    private final DossierCodes codes;
    private final AuditService audit;
    private final Clock clock;

    private final DossierSettings settings;
    private final DossierRepository repository;
    private final ApplicationEventPublisher events;

    Dossiers(JdbcClient jdbc, OrganisationScope scope, OrganisationService organisation, DossierProcedures procedures,
            WorkingCalendar calendar, DossierCodes codes, AuditService audit, Clock clock, DossierSettings settings,
            DossierRepository repository, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.settings = settings;
        this.jdbc = jdbc;
        this.scope = scope;
        this.organisation = organisation;
        this.procedures = procedures;
        this.calendar = calendar;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ access

    /** Staff that work with dossiers: units' officers and heads, Home Affairs, leaders, administrators. */
    public boolean mayUse() {
        CurrentUser u = scope.requireUser();
        return u.districtWide() || u.has(Role.OFFICER) || u.has(Role.UNIT_HEAD);
    }

    public void requireUse() {
        if (!mayUse()) {
            throw new AccessDeniedException("no access to dossiers");
        }
    }

    /** The unit's own officers and head (its branch of the tree) receive and handle its dossiers. */
    public boolean canAct(long unitId) {
        CurrentUser u = scope.requireUser();
        return (u.has(Role.OFFICER) || u.has(Role.UNIT_HEAD)) && organisation.branch(u.unitId()).contains(unitId);
    }

    /** Whether the current user may receive dossiers at all (an officer or head). */
    public boolean mayReceive() {
        CurrentUser u = scope.requireUser();
        return u.has(Role.OFFICER) || u.has(Role.UNIT_HEAD);
    }

    private void checkView(long unitId) {
        if (!mayUse() || !scope.canSee(unitId)) {
            throw new AccessDeniedException("dossier unit " + unitId + " outside scope");
        }
    }

    // ------------------------------------------------------------------ reading

    /** A dossier the current user may see (403 otherwise, 404 when there is none). */
    @Transactional(readOnly = true)
    public Dossier get(long id) {
        Dossier d = load(id).orElseThrow(() -> new NotFoundException("dossier", id));
        checkView(d.unitId());
        return d;
    }

    Optional<Dossier> load(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Dossier.class).optional();
    }

    Optional<Dossier> byCode(String code) {
        return jdbc.sql(SELECT + " where d.code = :code").param("code", code).query(Dossier.class).optional();
    }

    /**
     * The list's filters: a unit, a state, a procedure, only the late ones (open past their appointment date), a
     * dossier code (found by its unique index).
     */
    public record Filter(Long unitId, DossierState state, Long procedureId, boolean late, String code) {

        public Filter(Long unitId, DossierState state, Long procedureId, boolean late) {
            this(unitId, state, procedureId, late, null);
        }
    }

    /** The list's order, newest first: a total order, with the index {@code dossier_list_idx} (V36). */
    static final Keyset ORDER = Keyset.descending(Keyset.timestamp("d.received_at"), Keyset.number("d.id"));

    /** One page of the dossiers of the units in scope that pass the filter, newest first, with their total. */
    @Transactional(readOnly = true)
    public PageOf<Dossier> page(Filter filter, PageQuery page) {
        requireUse();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        if (where == null) {
            return PageOf.empty(page.size());
        }
        long total = jdbc.sql("select count(*) from dossier d" + where).params(params).query(Long.class).single();
        String seek = ORDER.seek(page, params);
        List<Dossier> rows = jdbc.sql(SELECT + where + seek + ORDER.orderAndLimit(page)).params(params)
                .query(Dossier.class).list();
        return ORDER.page(page, rows, d -> List.of(d.receivedAt(), d.id()), total);
    }


    /** How many dossiers of the units in scope pass the filter (what an export writes). */
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        requireUse();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return where == null ? 0
                : jdbc.sql("select count(*) from dossier d" + where).params(params).query(Long.class).single();
    }

    /**
     * Every dossier of the units in scope that passes the filter, in the list's order, handed over one by one as
     * the database sends them (a streaming cursor, {@code FETCH} rows at a time), never collected.
     */
    @Transactional(readOnly = true)
    public void stream(Filter filter, java.util.function.Consumer<Dossier> each) {
        requireUse();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        if (where == null) {
            return;
        }
        var mapper = new org.springframework.jdbc.core.SimplePropertyRowMapper<>(Dossier.class);
        jdbc.sql(SELECT + where + ORDER.orderBy()).params(params).withFetchSize(FETCH).query(rs -> {
            each.accept(mapper.mapRow(rs, 0));
        });
    }

    /** Rows fetched at a time when streaming. */
    static final int FETCH = 1000;

    /** The filter's conditions on {@code dossier d}, or null when the scope holds no unit. */
    private String where(Filter filter, Map<String, Object> params) {
        var units = scope.visibleUnits().idsOrNull();
        if (units != null && units.isEmpty()) {
            return null;
        }
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (units != null) {
            sql.append(" and d.unit_id in (:units)");
            params.put("units", units);
        }
        if (filter.unitId() != null) {
            sql.append(" and d.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.state() != null) {
            sql.append(" and d.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.procedureId() != null) {
            sql.append(" and d.procedure_id = :procedure");
            params.put("procedure", filter.procedureId());
        }
        if (filter.late()) {
            sql.append(" and d.state in ('RECEIVED', 'IN_PROGRESS') and d.due_date < :today");
            params.put("today", today());
        }
        if (!TypedText.isBlank(filter.code())) {
            sql.append(" and d.code = :code");
            params.put("code", DossierCodes.normalise(filter.code()));
        }
        return sql.toString();
    }


    /** The dossier's history, oldest first. */
    @Transactional(readOnly = true)
    public List<DossierStep> steps(long dossierId) {
        get(dossierId);
        return jdbc.sql("""
                select s.acted_at, s.acted_by, s.action, s.from_state, s.to_state, fu.name as from_unit_name,
                       tu.name as to_unit_name, s.note
                  from dossier_step s left join org_unit fu on fu.id = s.from_unit_id left join org_unit tu on tu.id = s.to_unit_id
                 where s.dossier_id = :id order by s.acted_at, s.id""").param("id", dossierId)
                .query(DossierStep.class).list();
    }

    /** Today in Viet Nam. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    // ------------------------------------------------------------------ the applicant's personal data

    /**
     * Whether the current user sees the applicant's name, phone and address: only those who handle the
     * dossier (its unit's officers and head). Others in scope see the dossier without them.
     */
    public boolean showsApplicant(Dossier d) {
        return canAct(d.unitId());
    }

    /** Records that the applicant's personal data was shown to the current user (domain.md section 8). */
    public void applicantShown(Dossier d) {
        audit.viewedPersonalData(ENTITY, d.id(), d.unitId());
    }

    /** The dossier for one who handles it, the view of the applicant's data recorded; 403 for anyone else. */
    public Dossier forHandler(long id) {
        Dossier d = get(id);
        if (!showsApplicant(d)) {
            throw new AccessDeniedException("only the unit's officers and head see the applicant of dossier " + id);
        }
        applicantShown(d);
        return d;
    }

    // ------------------------------------------------------------------ receipt

    /**
     * Refuses (403) anyone but an officer or head, and a procedure of a unit they do not handle: checked
     * before the form is looked at, so that an outsider learns nothing from it.
     */
    void requireReceiving(Long procedureId) {
        if (!mayReceive()) {
            throw new AccessDeniedException("only officers and heads receive dossiers");
        }
        if (procedureId != null) {
            procedures.find(procedureId).filter(p -> !canAct(p.unitId())).ifPresent(p -> {
                throw new AccessDeniedException("procedure of unit " + p.unitId() + " outside scope");
            });
        }
    }

    /** The rules of a receipt beyond what the form checks: the procedure exists and is in use. */
    List<Problem> check(ReceiptForm form) {
        if (form.procedureId() == null) {
            return List.of();
        }
        Optional<Procedure> p = procedures.find(form.procedureId());
        if (p.isEmpty()) {
            return List.of(Problem.on("procedureId", "dossier.error.procedureMissing"));
        }
        if (!p.get().active()) {
            return List.of(Problem.on("procedureId", "dossier.error.procedureInactive"));
        }
        return List.of();
    }

    /**
     * Receives a dossier at the counter now (the form valid); returns its id. Nothing is saved when a rule is
     * broken ({@link InvalidRequestException} with its problems).
     */
    public long receive(ReceiptForm form) {
        requireReceiving(form.procedureId());
        InvalidRequestException.throwIfAny(check(form));
        Procedure p = procedures.get(form.procedureId());
        String name = form.applicantName();
        String phone = form.applicantPhone();
        String address = form.applicantAddress();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(DanVanTime.ZONE));
        LocalDateTime receivedAt = now.atZoneSameInstant(DanVanTime.ZONE).toLocalDateTime();
        LocalDate due = DossierRules.appointment(receivedAt, settings.nextDayFrom(receivedAt.toLocalDate()),
                p.timeLimit(), calendar::isWorkingDay);
        String code = codes.next();
        while (byCode(code).isPresent()) {
            code = codes.next();
        }
        String by = scope.requireUser().username();
        // the next line of the unit's register book: the unit's procedures are locked so that two officers
        // receiving at once do not take the same line
        String book = TypedText.isBlank(form.registerBook()) ? defaultBook(now) : form.registerBook().strip();
        jdbc.sql("select id from dossier_procedure where unit_id = :u for update").param("u", p.unitId())
                .query(Long.class).list();
        int line = jdbc.sql("select coalesce(max(register_line), 0) + 1 from dossier where unit_id = :u "
                + "and register_book = :b").param("u", p.unitId()).param("b", book).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (code, procedure_id, unit_id, applicant_name, applicant_phone, applicant_address,
                    received_at, received_by, received_by_name, due_date, state, applicant_email, documents_received,
                    sets_count, return_time, return_place, register_book, register_line, created_at, updated_at)
                values (:code, :procedure, :unit, :name, :phone, :address, :now, :by, :byName, :due, 'RECEIVED',
                    :email, :documents, :sets, :returnTime, :returnPlace, :book, :line, :now, :now)""")
                .param("code", code).param("procedure", p.id()).param("unit", p.unitId()).param("name", name)
                .param("phone", phone).param("address", address).param("now", now).param("by", by)
                .param("byName", scope.requireUser().displayName()).param("due", due)
                .param("email", TypedText.of(form.applicantEmail()))
                .param("documents", ReceivedDocuments.normalised(form.documentsReceived()))
                .param("sets", form.setsCount() == null ? 1 : form.setsCount())
                .param("returnTime", TypedText.isBlank(form.returnTime()) ? null
                        : java.time.LocalTime.parse(form.returnTime().strip()))
                .param("returnPlace", TypedText.of(form.returnPlace())).param("book", book).param("line", line)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        step(id, now, by, DossierAction.RECEIVE, null, DossierState.RECEIVED, null, null, null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code);
        after.put("procedure", p.code());
        after.put("dueDate", due.toString());
        after.put("register", book + "/" + line);
        after.put("state", DossierState.RECEIVED.name());
        audit.created(ENTITY, id, p.unitId(), after);
        events.publishEvent(new DossierArrived(id, p.unitId(), "RECEIVED", scope.requireUser().accountId(),
                now.atZoneSameInstant(DanVanTime.ZONE).toLocalDate()));
        return id;
    }

    /** The register book of a year when the officer names none: "01/2026". */
    static String defaultBook(OffsetDateTime receivedAt) {
        return "01/" + receivedAt.atZoneSameInstant(DanVanTime.ZONE).getYear();
    }

    // ------------------------------------------------------------------ handling

    /** Refuses (403) anyone but the officers and head of the dossier's unit. */
    void requireHandler(Dossier d) {
        if (!canAct(d.unitId())) {
            throw new AccessDeniedException("may not handle dossiers of unit " + d.unitId());
        }
    }

    /** Refuses (400) an action the dossier's state does not offer: the page was stale or tampered with. */
    static void requireAllowed(Dossier d, DossierAction action) {
        DossierHandling.requireAllowed(d.state(), action);
    }

    /** What an action needs typed: what is missing, the reason of a refusal, the unit of a transfer. */
    static List<Problem> check(DossierActionForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.action() == DossierAction.REQUEST_SUPPLEMENT && form.note() == null) {
            problems.add(Problem.on("note", "dossier.error.missingDocumentsRequired"));
        }
        if (form.action() == DossierAction.REFUSE && form.note() == null) {
            problems.add(Problem.on("note", "dossier.error.refusalReasonRequired"));
        }
        if (form.action() == DossierAction.TRANSFER && form.toUnitId() == null) {
            problems.add(Problem.on("toUnitId", "dossier.error.transferUnitMissing"));
        }
        return problems;
    }

    /** Applies an action (the form valid) to a dossier of the user's unit; the version must be the one shown. */
    public void act(long id, DossierActionForm form) {
        Dossier d = get(id);
        requireHandler(d);
        DossierAction action = form.action();
        requireAllowed(d, action);
        List<Problem> problems = new ArrayList<>(check(form));
        if (action == DossierAction.TRANSFER && form.toUnitId() != null) {
            if (organisation.unit(form.toUnitId()).isEmpty()) {
                problems.add(Problem.on("toUnitId", "dossier.error.transferUnitMissing"));
            } else if (form.toUnitId() == d.unitId()) {
                problems.add(Problem.on("toUnitId", "dossier.error.transferSameUnit"));
            }
        }
        InvalidRequestException.throwIfAny(problems);
        String note = form.note();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(DanVanTime.ZONE));
        DossierHandling h = repository.find(id);
        switch (action) {
            case START -> h.start(note);
            case REQUEST_SUPPLEMENT -> h.requestSupplement(note);
            case SUPPLEMENT_COMPLETE -> {
                // the full time limit runs again from the day the documents are complete
                LocalDateTime completeAt = now.atZoneSameInstant(DanVanTime.ZONE).toLocalDateTime();
                LocalDate due = DossierRules.appointment(completeAt, settings.nextDayFrom(completeAt.toLocalDate()),
                        h.timeLimit(), calendar::isWorkingDay);
                h.supplementComplete(due, note);
            }
            case REFUSE -> h.refuse(note);
            case TRANSFER -> h.transfer(form.toUnitId(), note);
            case RESULT_READY -> h.resultReady(note);
            case RETURN -> h.returnResult(now, note);
            case RECEIVE, APOLOGISE -> DossierHandling.requireAllowed(h.state(), action);
        }
        save(h, form.version(), scope.requireUser().username(), now);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", d.state().name());
        before.put("unitId", d.unitId());
        before.put("dueDate", d.dueDate().toString());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("action", action.name());
        after.put("state", h.state().name());
        after.put("unitId", h.unitId());
        after.put("dueDate", h.dueDate().toString());
        if (note != null) {
            after.put("note", note);
        }
        audit.updated(ENTITY, id, d.unitId(), before, after);
        if (action == DossierAction.TRANSFER) {
            events.publishEvent(new DossierArrived(id, h.unitId(), "TRANSFER-" + h.unitId(),
                    scope.requireUser().accountId(), now.atZoneSameInstant(DanVanTime.ZONE).toLocalDate()));
        }
    }

    // ------------------------------------------------------------------ apology slip

    /**
     * Whether the apology slip may be issued now: open, due within the working days of the legal rule in force
     * today (one, by Nghị định 118/2025/NĐ-CP), none issued yet.
     */
    public boolean apologyDue(Dossier d) {
        LocalDate today = today();
        return !d.apologised() && DossierRules.apologyDue(d.state(), d.dueDate(), today,
                settings.apologyWorkingDays(today), calendar::isWorkingDay);
    }

    /**
     * Refuses (400) an apology slip for a dossier that has one already, or is not about to be late: the form
     * is not offered then, so the page was stale.
     */
    void requireApologyDue(Dossier d) {
        if (d.apologised()) {
            throw new InvalidRequestException("dossier.error.apologyOnce",
                    d.apologyIssuedAt().atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE));
        }
        if (!apologyDue(d)) {
            throw new InvalidRequestException("dossier.error.apologyNotDue", settings.apologyWorkingDays(today()));
        }
    }

    /** The new date is after the appointment date, a working day, within a year of it. */
    List<Problem> check(Dossier d, ApologyForm form) {
        LocalDate date = form.newDate();
        if (date == null) {
            return List.of();
        }
        if (!date.isAfter(d.dueDate())) {
            return List.of(Problem.on("newDate", "dossier.error.newDateAfterDue", d.dueDate().format(DanVanTime.DATE)));
        }
        if (date.isAfter(d.dueDate().plusYears(1)) || !calendar.isWorkingDay(date)) {
            return List.of(Problem.on("newDate", "dossier.error.newDateWorkingDay"));
        }
        return List.of();
    }

    /**
     * Issues the apology slip (the form valid) once, with a new date after the appointment date (a working
     * day) and a reason. A second issue is refused with a message; so is one for a dossier not about to be late.
     */
    public void apologise(long id, ApologyForm form) {
        Dossier d = get(id);
        requireHandler(d);
        requireApologyDue(d);
        InvalidRequestException.throwIfAny(check(d, form));
        LocalDate date = form.newDate();
        String why = form.reason();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(DanVanTime.ZONE));
        DossierHandling h = repository.find(id);
        h.apologise(date, why, scope.requireUser().displayName(), now);
        save(h, form.version(), scope.requireUser().username(), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("apologyNewDate", date.toString());
        after.put("apologyReason", why);
        audit.updated(ENTITY, id, d.unitId(), Map.of("apologyNewDate", ""), after);
    }

    /** Saves a dossier changed on the version the officer read; another change since then is refused. */
    private void save(DossierHandling h, Long readVersion, String actor, OffsetDateTime now) {
        if (readVersion == null || h.version() != readVersion) {
            throw new OptimisticLockingFailureException("dossier " + h.id());
        }
        repository.save(h, actor, now);
    }

    private void step(long dossierId, OffsetDateTime at, String by, DossierAction action, DossierState from,
            DossierState to, Long fromUnit, Long toUnit, String note) {
        jdbc.sql("""
                insert into dossier_step (dossier_id, acted_at, acted_by, action, from_state, to_state, from_unit_id,
                    to_unit_id, note)
                values (:d, :at, :by, :action, :from, :to, :fromUnit, :toUnit, :note)""")
                .param("d", dossierId).param("at", at).param("by", by).param("action", action.name())
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("fromUnit", fromUnit)
                .param("toUnit", toUnit).param("note", note).update();
    }

    /**
     * A dossier received days ago and moved on as {@link #act} would have: started an hour after receipt and,
     * when {@code returnedAt} is given, its result ready an hour before it was returned. The demo's (marked
     * so): no screen can date a receipt back. Its code and due date are the caller's, from
     * {@link DossierCodes} and {@link DossierRules#appointment}; see {@code DossierDemo}.
     */
    long recordEarlier(Procedure p, String code, String applicant, String phone, String address,
            OffsetDateTime receivedAt, CurrentUser by, LocalDate due, OffsetDateTime returnedAt) {
        DossierState state = returnedAt == null ? DossierState.IN_PROGRESS : DossierState.RETURNED;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (code, procedure_id, unit_id, applicant_name, applicant_phone, applicant_address,
                    received_at, received_by, received_by_name, due_date, state, returned_at, demo, created_at,
                    updated_at)
                values (:code, :procedure, :unit, :name, :phone, :address, :at, :by, :byName, :due, :state, :returned,
                    true, :at, :at)""")
                .param("code", code).param("procedure", p.id()).param("unit", p.unitId()).param("name", applicant)
                .param("phone", phone).param("address", address).param("at", receivedAt).param("by", by.username())
                .param("byName", by.displayName()).param("due", due).param("state", state.name())
                .param("returned", returnedAt).update(keys, "id");
        long id = keys.getKey().longValue();
        step(id, receivedAt, by.username(), DossierAction.RECEIVE, null, DossierState.RECEIVED, null, null, null);
        step(id, receivedAt.plusHours(1), by.username(), DossierAction.START, DossierState.RECEIVED,
                DossierState.IN_PROGRESS, null, null, null);
        if (returnedAt != null) {
            step(id, returnedAt.minusHours(1), by.username(), DossierAction.RESULT_READY, DossierState.IN_PROGRESS,
                    DossierState.RESULT_READY, null, null, null);
            step(id, returnedAt, by.username(), DossierAction.RETURN, DossierState.RESULT_READY,
                    DossierState.RETURNED, null, null, null);
        }
        return id;
    }
}
