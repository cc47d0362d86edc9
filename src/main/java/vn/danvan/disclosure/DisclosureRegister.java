package vn.danvan.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Each unit's disclosure register. A unit's officers and head keep their own register (add the contents due, record
 * how each was made public, record the residents' comments and answer them); Home Affairs, the leaders and the
 * administrator see every unit's in their scope; the Front sees what was made public. Nothing is half-saved: a
 * refused disclosure (a rule, a file) leaves the record as it was.
 */
@Service
@Transactional
class DisclosureRegister {

    static final String ENTITY = "disclosure";
    static final String COMMENT = "disclosure_comment";
    private static final String SELECT = """
            select d.id, d.unit_id, u.name as unit_name, d.item_id, i.code as item_code, i.title as item_title,
                   d.title, d.basis_date, d.due_date, d.summary, d.forms, d.public_from, d.public_to, d.disclosed_by,
                   d.disclosed_at, d.version
              from disclosure d join disclosure_item i on i.id = d.item_id join org_unit u on u.id = d.unit_id""";

    private final JdbcClient jdbc;
    private final DisclosureCatalogue catalogue;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final Clock clock;

    DisclosureRegister(JdbcClient jdbc, DisclosureCatalogue catalogue, OrganisationScope scope,
            OrganisationService organisation, AttachmentService attachments, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.scope = scope;
        this.organisation = organisation;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    /** Whether the current user keeps the unit's register: its own officers and head. */
    boolean canEdit(long unitId) {
        CurrentUser user = scope.requireUser();
        return user.unitStaff() && user.unitId() == unitId;
    }

    void requireEditor(long unitId) {
        if (!canEdit(unitId)) {
            throw new AccessDeniedException("only the unit's own staff keep its disclosure register");
        }
    }

    /** Whether the current user sees the whole register of the unit (else, for the Front, what was made public). */
    boolean seesAll(long unitId) {
        return scope.canSee(unitId);
    }

    private boolean front() {
        return scope.requireUser().has(Role.FRONT_MEMBER);
    }

    /** Whether the user reads the unit's register, whole or (the Front) its public part. */
    boolean mayRead(long unitId) {
        return seesAll(unitId) || front();
    }

    /** 403 unless the user sees the unit's register (whole, or its public part for the Front). */
    void requireReader(long unitId) {
        if (!mayRead(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " outside scope");
        }
    }

    /** The unit's register for a year (contents due that year), first due first. */
    @Transactional(readOnly = true)
    List<Disclosure> register(long unitId, int year) {
        requireReader(unitId);
        String onlyPublic = seesAll(unitId) ? "" : " and d.public_from is not null";
        LocalDate today = today();
        return jdbc.sql(SELECT + " where d.unit_id = :unit and d.due_date >= :from and d.due_date <= :to" + onlyPublic
                        + " order by d.due_date, d.id")
                .param("unit", unitId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> map(rs, today)).list();
    }

    /** One disclosure, for whoever may read it (404 for the Front before it is public). */
    @Transactional(readOnly = true)
    Disclosure get(long id) {
        Disclosure d = jdbc.sql(SELECT + " where d.id = :id").param("id", id).query((rs, n) -> map(rs, today()))
                .optional().orElseThrow(() -> new NotFoundException("disclosure", id));
        requireReader(d.unitId());
        if (!seesAll(d.unitId()) && !d.state().disclosed()) {
            throw new NotFoundException("disclosure", id);
        }
        return d;
    }

    /** The catalogue items the unit must disclose (active, of its kind). */
    @Transactional(readOnly = true)
    List<CatalogueItem> itemsFor(long unitId) {
        UnitView unit = organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        return catalogue.all().stream().filter(i -> i.appliesTo(unit.kind())).toList();
    }

    /** Adds a content the unit has to make public; its id, or the problems with nothing saved. */
    Added add(long unitId, EntryForm form) {
        requireEditor(unitId);
        CatalogueItem item = catalogue.find(form.itemId()).filter(i -> itemsFor(unitId).contains(i)).orElse(null);
        if (item == null) {
            return new Added(null, List.of(Problem.on("itemId", "disclosure.error.itemNotForUnit")));
        }
        if (form.basisDate().isAfter(today().plusYears(1)) || form.basisDate().isBefore(LocalDate.of(2000, 1, 1))) {
            return new Added(null, List.of(Problem.on("basisDate", "disclosure.error.basisDateRange")));
        }
        long id = insert(unitId, item, form.title().strip(), form.basisDate());
        return new Added(id, List.of());
    }

    /** What {@link #add} did: the new id, or the problems. */
    record Added(Long id, List<Problem> problems) {
    }

    /**
     * Adds the yearly and quarterly contents of the year the unit has not got yet (basis day the first day of the
     * year or quarter); how many were added.
     */
    int addPeriodic(long unitId, int year) {
        requireEditor(unitId);
        int added = 0;
        for (CatalogueItem item : itemsFor(unitId)) {
            List<LocalDate> days = DisclosureRules.periodicBasisDays(item.cadence(), year);
            for (int q = 0; q < days.size(); q++) {
                LocalDate basis = days.get(q);
                boolean present = jdbc.sql("""
                        select count(*) from disclosure where unit_id = :unit and item_id = :item and basis_date = :basis""")
                        .param("unit", unitId).param("item", item.id()).param("basis", basis).query(Long.class)
                        .single() > 0;
                if (!present) {
                    String title = item.cadence() == Cadence.QUARTERLY
                            ? item.title() + " - quý " + (q + 1) + "/" + year : item.title() + " - năm " + year;
                    insert(unitId, item, title.length() > 500 ? title.substring(0, 500) : title, basis);
                    added++;
                }
            }
        }
        return added;
    }

    private long insert(long unitId, CatalogueItem item, String title, LocalDate basis) {
        LocalDate due = DisclosureRules.dueDate(basis, item.discloseWithinDays());
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into disclosure (unit_id, item_id, title, basis_date, due_date, created_by, created_at, updated_at)
                values (:unit, :item, :title, :basis, :due, :by, :now, :now)""")
                .param("unit", unitId).param("item", item.id()).param("title", title).param("basis", basis)
                .param("due", due).param("by", scope.requireUser().username()).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created(ENTITY, id, unitId, Map.of("item", item.code(), "title", title, "date", basis.toString(),
                "dueDate", due.toString()));
        return id;
    }

    /**
     * Records how the content was made public: the problems when refused (a rule, a file), with nothing saved. A
     * content is recorded once: what was posted stays as posted.
     */
    List<Problem> disclose(long id, DiscloseForm form) {
        Disclosure d = get(id);
        requireEditor(d.unitId());
        if (d.state().disclosed()) {
            return List.of(Problem.of("disclosure.error.alreadyDisclosed"));
        }
        List<Problem> problems = check(d, form);
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<DisclosureChannel> chosen = chosen(form);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String summary = TypedText.of(form.summary());
        int rows = jdbc.sql("""
                update disclosure set summary = :summary, forms = :forms, public_from = :from, public_to = :to,
                       disclosed_by = :by, disclosed_at = :now, updated_at = :now, version = version + 1
                 where id = :id and version = :version and public_from is null""")
                .param("summary", summary).param("forms", DisclosureChannel.join(chosen))
                .param("from", form.publicFrom()).param("to", form.publicTo())
                .param("by", scope.requireUser().username()).param("now", now).param("id", id)
                .param("version", form.version() == null ? -1 : form.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(ENTITY + " " + id);
        }
        List<MultipartFile> files = form.files() == null ? List.of() : form.files();
        try {
            attachments.store(ENTITY, id, d.unitId(), files);
        } catch (InvalidRequestException e) {
            // the row above is part of this transaction: refusing the files takes the disclosure back with them
            throw InvalidRequestException.onField("files", e.messageKey(), e.arguments());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("forms", DisclosureChannel.join(chosen));
        after.put("from", form.publicFrom().toString());
        after.put("to", form.publicTo().toString());
        if (summary != null) {
            after.put("summary", summary);
        }
        audit.updated(ENTITY, id, d.unitId(), Map.of(), after);
        return List.of();
    }

    /** The rules a disclosure as typed breaks (the item's forms and kept-public days, its dates), none when fine. */
    @Transactional(readOnly = true)
    List<Problem> check(Disclosure d, DiscloseForm form) {
        CatalogueItem item = catalogue.get(d.itemId());
        return DisclosureRules.check(chosen(form), item.channels(), d.basisDate(), form.publicFrom(), form.publicTo(),
                item.keepPublicDays(), today());
    }

    private static Set<DisclosureChannel> chosen(DiscloseForm form) {
        return form.chosen().isEmpty() ? EnumSet.noneOf(DisclosureChannel.class) : EnumSet.copyOf(form.chosen());
    }

    @Transactional(readOnly = true)
    List<AttachmentView> files(long id) {
        get(id);
        return attachments.of(ENTITY, id);
    }

    @Transactional(readOnly = true)
    List<Comment> comments(long id) {
        get(id);
        return jdbc.sql("""
                select id, disclosure_id, received_on, content, answer, answered_on, answered_by, version
                  from disclosure_comment where disclosure_id = :id order by received_on, id""")
                .param("id", id).query(DisclosureRegister::comment).list();
    }

    /** Records a resident's comment on a disclosed content; the problems when refused, with nothing saved. */
    List<Problem> comment(long id, CommentForm form) {
        Disclosure d = get(id);
        requireEditor(d.unitId());
        if (!d.state().disclosed()) {
            return List.of(Problem.of("disclosure.comment.error.notDisclosed"));
        }
        List<Problem> problems = new ArrayList<>();
        if (form.receivedOn().isBefore(d.publicFrom())) {
            problems.add(Problem.on("receivedOn", "disclosure.comment.error.beforePublic",
                    DanVanTime.DATE.format(d.publicFrom())));
        }
        if (form.receivedOn().isAfter(today())) {
            problems.add(Problem.on("receivedOn", "disclosure.comment.error.inFuture"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into disclosure_comment (disclosure_id, received_on, content, created_by, created_at, updated_at)
                values (:d, :on, :content, :by, :now, :now)""")
                .param("d", id).param("on", form.receivedOn()).param("content", form.content().strip())
                .param("by", scope.requireUser().username()).param("now", now).update(keys, "id");
        audit.created(COMMENT, keys.getKey().longValue(), d.unitId(), Map.of("date", form.receivedOn().toString(),
                "content", form.content().strip()));
        return List.of();
    }

    /** Answers a comment (or corrects the answer). */
    void answer(long id, long commentId, AnswerForm form) {
        Disclosure d = get(id);
        requireEditor(d.unitId());
        Comment c = comments(id).stream().filter(x -> x.id() == commentId).findFirst()
                .orElseThrow(() -> new NotFoundException("disclosure comment", commentId));
        int rows = jdbc.sql("""
                update disclosure_comment set answer = :answer, answered_on = :today, answered_by = :by,
                       updated_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .param("answer", form.answer().strip()).param("today", today())
                .param("by", scope.requireUser().username()).param("now", OffsetDateTime.now(clock))
                .param("id", commentId).param("version", form.version() == null ? -1 : form.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(COMMENT + " " + commentId);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("answer", c.answer());
        audit.updated(COMMENT, commentId, d.unitId(), before, Map.of("answer", form.answer().strip()));
    }

    static Disclosure map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        LocalDate from = rs.getObject("public_from", LocalDate.class);
        return new Disclosure(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("item_id"),
                rs.getString("item_code"), rs.getString("item_title"), rs.getString("title"),
                rs.getObject("basis_date", LocalDate.class), due, rs.getString("summary"),
                DisclosureChannel.parse(rs.getString("forms")), from, rs.getObject("public_to", LocalDate.class),
                rs.getString("disclosed_by"), rs.getObject("disclosed_at", OffsetDateTime.class), rs.getLong("version"),
                DisclosureRules.state(due, from, today));
    }

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("disclosure_id"), rs.getObject("received_on", LocalDate.class),
                rs.getString("content"), rs.getString("answer"), rs.getObject("answered_on", LocalDate.class),
                rs.getString("answered_by"), rs.getLong("version"));
    }
}
