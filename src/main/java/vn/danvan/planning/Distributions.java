package vn.danvan.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentView;
import vn.danvan.audit.AuditService;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeTally;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.StaffMember;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Guiding documents sent to units (quán triệt, Directive 02/CT-UBND clause 1b): a unit's staff send a document of
 * the register to units chosen by hand, by kind or from a saved list, each told once through notify-once; each
 * receiving unit acknowledges, then records its dissemination to its staff; the sender sees every unit's state and
 * reminds the late ones in one action (each unit once a day). The sender's side (its staff, Home Affairs and the
 * leaders) sees the whole table; a receiving unit sees its own line; anyone else gets 403.
 */
@Service
@Transactional
class Distributions {

    static final String ENTITY = "distribution";
    static final String RECIPIENT = "distribution_recipient";
    static final String RECEIVED = "distribution.received";
    static final String REMINDER = "distribution.reminder";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String SELECT = """
            select d.id, d.sender_unit_id, u.name as sender_name, d.document_id, g.number_symbol, g.issued_on,
                   g.summary, d.plan_id, p.plan_year, p.document_number, d.note, d.sent_on, d.acknowledge_by,
                   d.disseminate_by, d.version
              from distribution d left join guiding_document g on g.id = d.document_id
              left join annual_plan p on p.id = d.plan_id
              join org_unit u on u.id = d.sender_unit_id""";
    /** A receiving unit's line with its distribution's days, for {@link #line}. */
    static final String SELECT_LINE = """
            select r.id, r.distribution_id, r.unit_id, u.name as unit_name, r.acknowledged_on, r.disseminated_on,
                   r.dissemination_form, r.attendance, r.dissemination_note, r.version, d.acknowledge_by,
                   d.disseminate_by
              from distribution_recipient r join distribution d on d.id = r.distribution_id
              join org_unit u on u.id = r.unit_id""";

    private final JdbcClient jdbc;
    private final GuidingDocuments guides;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final NoticeService notices;
    private final MessageSource messages;
    private final Clock clock;

    Distributions(JdbcClient jdbc, GuidingDocuments guides, OrganisationScope scope, OrganisationService organisation,
            AttachmentService attachments, AuditService audit, NoticeService notices, MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.guides = guides;
        this.scope = scope;
        this.organisation = organisation;
        this.attachments = attachments;
        this.audit = audit;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    /** A unit's officers and head, Home Affairs and the leaders send documents in their unit's name. */
    boolean maySend() {
        CurrentUser user = scope.requireUser();
        return user.unitStaff() || user.has(Role.HOME_AFFAIRS) || user.has(Role.LEADER);
    }

    void requireSender() {
        if (!maySend()) {
            throw new AccessDeniedException("may not send documents");
        }
    }

    /** The sender's side: the sending unit's people, and the district-wide roles. */
    boolean senderSide(Distribution d) {
        CurrentUser user = scope.requireUser();
        return user.unitId() == d.senderUnitId() || user.districtWide() && scope.canSee(d.senderUnitId());
    }

    /** The current user's unit's line of the distribution, when it received it. */
    @Transactional(readOnly = true)
    Optional<DistributionRecipient> ownLine(Distribution d) {
        long unit = scope.requireUser().unitId();
        LocalDate today = today();
        return jdbc.sql(SELECT_LINE + " where r.distribution_id = :d and r.unit_id = :u").param("d", d.id())
                .param("u", unit).query((rs, n) -> line(rs, today)).optional();
    }

    /** A distribution for its sender's side or a receiving unit: 404 unknown, 403 for anyone else. */
    @Transactional(readOnly = true)
    Distribution get(long id) {
        Distribution d = load(id);
        if (!senderSide(d) && ownLine(d).isEmpty()) {
            throw new AccessDeniedException("distribution " + id + " is neither sent nor received by the unit");
        }
        return d;
    }

    /** A distribution, whoever asks (for the notices written without a signed-in person). */
    @Transactional(readOnly = true)
    Distribution load(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Distributions::map).optional()
                .orElseThrow(() -> new NotFoundException("distribution", id));
    }

    /** What the user's unit sent (every unit's in scope for the district-wide roles), newest first. */
    @Transactional(readOnly = true)
    List<Distribution> sent() {
        CurrentUser user = scope.requireUser();
        var ids = scope.visibleUnits().idsOrNull();
        String where = user.districtWide() ? (ids == null ? "" : " where d.sender_unit_id in (:units)")
                : " where d.sender_unit_id = :unit";
        var spec = jdbc.sql(SELECT + where + " order by d.sent_on desc, d.id desc").param("unit", user.unitId());
        if (user.districtWide() && ids != null) {
            spec = spec.param("units", ids.isEmpty() ? Set.of(-1L) : ids);
        }
        return spec.query(Distributions::map).list();
    }

    /** A document the user's unit received, with its line. */
    record Received(Distribution distribution, DistributionRecipient line) {
    }

    @Transactional(readOnly = true)
    List<Received> received() {
        long unit = scope.requireUser().unitId();
        LocalDate today = today();
        Map<Long, DistributionRecipient> lines = new LinkedHashMap<>();
        jdbc.sql(SELECT_LINE + " where r.unit_id = :u order by d.sent_on desc, d.id desc").param("u", unit)
                .query((rs, n) -> line(rs, today)).list().forEach(l -> lines.put(l.distributionId(), l));
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, Distribution> byId = jdbc.sql(SELECT + " where d.id in (:ids)").param("ids", lines.keySet())
                .query(Distributions::map).list().stream().collect(Collectors.toMap(Distribution::id, d -> d));
        return lines.values().stream().map(l -> new Received(byId.get(l.distributionId()), l)).toList();
    }

    /** Every receiving unit's line, for the sender's side: late first, then by name. */
    @Transactional(readOnly = true)
    List<DistributionRecipient> recipients(Distribution d) {
        if (!senderSide(d)) {
            throw new AccessDeniedException("only the sender's side sees every unit");
        }
        LocalDate today = today();
        List<DistributionRecipient> all = new ArrayList<>(jdbc.sql(SELECT_LINE + " where r.distribution_id = :d"
                + " order by u.name").param("d", d.id()).query((rs, n) -> line(rs, today)).list());
        all.sort((a, b) -> Boolean.compare(b.state().late(), a.state().late()));
        return all;
    }

    /** The saved lists of recipients of the user's unit. */
    record RecipientList(long id, String name, List<Long> unitIds) {
    }

    @Transactional(readOnly = true)
    List<RecipientList> lists() {
        return jdbc.sql("select id, name, unit_ids from recipient_list where owner_unit_id = :u order by name")
                .param("u", scope.requireUser().unitId())
                .query((rs, n) -> new RecipientList(rs.getLong("id"), rs.getString("name"),
                        Arrays.stream(rs.getString("unit_ids").split(",")).filter(s -> !s.isBlank())
                                .map(Long::valueOf).toList()))
                .list();
    }

    /** What {@link #send} did: the new distribution's id, or the problems with nothing saved. */
    record Sent(Long id, List<Problem> problems) {
    }

    Sent send(DistributionForm form) {
        requireSender();
        CurrentUser user = scope.requireUser();
        LocalDate today = today();
        List<Problem> problems = new ArrayList<>();
        GuidingDocument document = null;
        PlanToSend plan = null;
        problems.addAll(whatIsSent(form));
        if (problems.isEmpty() && form.documentId() != null) {
            document = guides.find(form.documentId()).filter(GuidingDocument::active).orElse(null);
            if (document == null) {
                problems.add(Problem.on("documentId", "distribution.error.documentUnknown"));
            }
        } else if (problems.isEmpty()) {
            plan = plansToSend().stream().filter(p -> p.id() == form.planId()).findFirst().orElse(null);
            if (plan == null) {
                problems.add(Problem.on("planId", "distribution.error.planUnknown"));
            }
        }
        Set<Long> recipients = recipients(form, user.unitId(), problems);
        if (form.acknowledgeBy().isBefore(today)) {
            problems.add(Problem.on("acknowledgeBy", "distribution.error.acknowledgeByPast"));
        }
        if (form.disseminateBy().isBefore(form.acknowledgeBy())) {
            problems.add(Problem.on("disseminateBy", "distribution.error.disseminateBeforeAcknowledge"));
        }
        String saveAs = TypedText.of(form.saveAs());
        if (saveAs != null && lists().stream().anyMatch(l -> l.name().equalsIgnoreCase(saveAs))) {
            problems.add(Problem.on("saveAs", "distribution.error.listNameTaken"));
        }
        if (!problems.isEmpty()) {
            return new Sent(null, problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into distribution (sender_unit_id, document_id, plan_id, note, sent_on, acknowledge_by,
                                          disseminate_by, created_by, created_at, updated_at)
                values (:sender, :document, :plan, :note, :today, :ack, :dis, :by, :now, :now)""")
                .param("sender", user.unitId()).param("document", document == null ? null : document.id())
                .param("plan", plan == null ? null : plan.id()).param("note", form.note())
                .param("today", today).param("ack", form.acknowledgeBy()).param("dis", form.disseminateBy())
                .param("by", user.username()).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        for (long unit : recipients) {
            jdbc.sql("""
                    insert into distribution_recipient (distribution_id, unit_id, created_at, updated_at)
                    values (:d, :u, :now, :now)""").param("d", id).param("u", unit).param("now", now).update();
        }
        if (saveAs != null) {
            jdbc.sql("""
                    insert into recipient_list (owner_unit_id, name, unit_ids, created_at, updated_at)
                    values (:owner, :name, :units, :now, :now)""")
                    .param("owner", user.unitId()).param("name", saveAs)
                    .param("units", recipients.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .param("now", now).update();
        }
        audit.created(ENTITY, id, user.unitId(), Map.of("documentNumber",
                document != null ? document.numberSymbol() : String.valueOf(plan.number()),
                "units", recipients.size(), "deadline", form.acknowledgeBy().toString(),
                "dueDate", form.disseminateBy().toString()));
        Distribution sent = get(id);
        for (DistributionRecipient line : recipients(sent)) {
            notices.notifyOnce(new NoticeKey(RECEIVED, line.id(), "RECEIVED", today), letter(sent, line, "received"),
                    user.username());
        }
        return new Sent(id, List.of());
    }

    /** A document or a plan, not both, not neither: the problem when not (before anything else is read). */
    static List<Problem> whatIsSent(DistributionForm form) {
        if (form.documentId() == null && form.planId() == null) {
            return List.of(Problem.on("documentId", "distribution.error.documentRequired"));
        }
        if (form.documentId() != null && form.planId() != null) {
            return List.of(Problem.on("planId", "distribution.error.documentOrPlan"));
        }
        return List.of();
    }

    /** The units the form names, by hand, by kind and from a saved list, active, without the sender. */
    private Set<Long> recipients(DistributionForm form, long sender, List<Problem> problems) {
        Map<Long, UnitView> active = organisation.activeUnits().stream()
                .collect(Collectors.toMap(UnitView::id, u -> u, (a, b) -> a, LinkedHashMap::new));
        Set<Long> units = new LinkedHashSet<>(form.units());
        active.values().stream().filter(u -> form.kinds().contains(u.kind())).map(UnitView::id).forEach(units::add);
        if (form.listId() != null) {
            RecipientList list = lists().stream().filter(l -> l.id() == form.listId()).findFirst().orElse(null);
            if (list == null) {
                problems.add(Problem.on("listId", "distribution.error.listUnknown"));
            } else {
                units.addAll(list.unitIds());
            }
        }
        units.remove(sender);
        units.retainAll(active.keySet());
        if (units.isEmpty()) {
            problems.add(Problem.on("unitIds", "distribution.error.noRecipients"));
        }
        return units;
    }

    /** The receiving unit acknowledges the document (once). */
    void acknowledge(long id, long version) {
        Distribution d = get(id);
        DistributionRecipient line = requireOwnStaffLine(d);
        if (line.acknowledgedOn() != null) {
            throw new InvalidRequestException("distribution.error.alreadyAcknowledged");
        }
        int rows = jdbc.sql("""
                update distribution_recipient set acknowledged_on = :today, acknowledged_by = :by, updated_at = :now,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("today", today()).param("by", scope.requireUser().username())
                .param("now", OffsetDateTime.now(clock)).param("id", line.id()).param("version", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(RECIPIENT + " " + line.id());
        }
        audit.updated(RECIPIENT, line.id(), line.unitId(), Map.of("date", ""), Map.of("date", today().toString()));
    }

    /** The receiving unit records how it disseminated the document: the problems when refused, nothing saved. */
    List<Problem> disseminate(long id, DisseminationForm form) {
        Distribution d = get(id);
        DistributionRecipient line = requireOwnStaffLine(d);
        if (line.acknowledgedOn() == null) {
            return List.of(Problem.of("distribution.error.acknowledgeFirst"));
        }
        if (line.disseminatedOn() != null) {
            return List.of(Problem.of("distribution.error.alreadyDisseminated"));
        }
        if (form.disseminatedOn().isBefore(d.sentOn())) {
            return List.of(Problem.on("disseminatedOn", "distribution.error.disseminatedBeforeSent",
                    d.sentOn().format(DanVanTime.DATE)));
        }
        if (form.disseminatedOn().isAfter(today())) {
            return List.of(Problem.on("disseminatedOn", "distribution.error.disseminatedInFuture"));
        }
        int rows = jdbc.sql("""
                update distribution_recipient set disseminated_on = :on, dissemination_form = :way,
                       attendance = :attendance, dissemination_note = :note, recorded_by = :by, updated_at = :now,
                       version = version + 1
                 where id = :id and version = :version and disseminated_on is null""")
                .param("on", form.disseminatedOn()).param("way", form.way().name())
                .param("attendance", form.attendance()).param("note", form.note())
                .param("by", scope.requireUser().username()).param("now", OffsetDateTime.now(clock))
                .param("id", line.id()).param("version", form.version() == null ? -1 : form.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(RECIPIENT + " " + line.id());
        }
        try {
            attachments.store(RECIPIENT, line.id(), line.unitId(), form.files() == null ? List.of() : form.files());
        } catch (InvalidRequestException e) {
            // the line above is part of this transaction: a refused file takes the record back with it
            throw InvalidRequestException.onField("files", e.messageKey(), e.arguments());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("date", form.disseminatedOn().toString());
        after.put("channel", form.way().name());
        if (form.attendance() != null) {
            after.put("attendance", form.attendance());
        }
        audit.updated(RECIPIENT, line.id(), line.unitId(), Map.of(), after);
        return List.of();
    }

    @Transactional(readOnly = true)
    List<AttachmentView> files(DistributionRecipient line) {
        return attachments.of(RECIPIENT, line.id());
    }

    private DistributionRecipient requireOwnStaffLine(Distribution d) {
        if (!scope.requireUser().unitStaff()) {
            throw new AccessDeniedException("only the receiving unit's staff answer for it");
        }
        return ownLine(d).orElseThrow(() -> new AccessDeniedException("the unit did not receive distribution "
                + d.id()));
    }

    /** The sender reminds every late unit in one action, each once a day. */
    NoticeTally remindLate(long id) {
        Distribution d = get(id);
        CurrentUser user = scope.requireUser();
        if (user.unitId() != d.senderUnitId() || !maySend()) {
            throw new AccessDeniedException("only the sending unit reminds");
        }
        List<DistributionRecipient> late = recipients(d).stream().filter(l -> l.state().late()).toList();
        if (late.isEmpty()) {
            throw new InvalidRequestException("distribution.error.noneLate");
        }
        NoticeTally tally = new NoticeTally();
        for (DistributionRecipient line : late) {
            tally.add(notices.notifyOnce(new NoticeKey(REMINDER, line.id(), "MANUAL", today()),
                    letter(d, line, "reminder"), user.username()));
        }
        return tally;
    }

    /** A letter to a receiving unit's officers and heads about the distribution ("received", "reminder", "late"). */
    NoticeLetter letter(Distribution d, DistributionRecipient line, String kind) {
        List<Long> to = organisation.staffOf(line.unitId()).stream()
                .filter(StaffMember::unitStaff)
                .map(m -> m.accountId()).toList();
        Object[] args = {d.documentLabel(), d.senderName(), d.acknowledgeBy().format(DanVanTime.DATE),
                d.disseminateBy().format(DanVanTime.DATE), line.unitName()};
        return new NoticeLetter(to, messages.getMessage("distribution.notice." + kind + ".title", args, VIETNAMESE),
                messages.getMessage("distribution.notice." + kind + ".body", args, VIETNAMESE),
                "/distributions/" + d.id());
    }

    /** The plan items of a unit that cite the document: how its own plan takes up what it received. */
    record Citation(long planId, int year, String task) {
    }

    @Transactional(readOnly = true)
    List<Citation> citations(long unitId, long documentId) {
        return jdbc.sql("""
                select p.id, p.plan_year, i.content from plan_item_guide g join plan_item i on i.id = g.item_id
                  join annual_plan p on p.id = i.plan_id
                 where p.unit_id = :u and g.document_id = :d order by p.plan_year desc, i.id""")
                .param("u", unitId).param("d", documentId)
                .query((rs, n) -> new Citation(rs.getLong("id"), rs.getInt("plan_year"), rs.getString("content")))
                .list();
    }

    private static Distribution map(ResultSet rs, int n) throws SQLException {
        Long document = rs.getObject("document_id", Long.class);
        String label = document != null
                ? rs.getString("number_symbol") + " (" + rs.getObject("issued_on", LocalDate.class)
                        .format(DanVanTime.DATE) + ")"
                : rs.getString("document_number");
        return new Distribution(rs.getLong("id"), rs.getLong("sender_unit_id"), rs.getString("sender_name"), document,
                rs.getObject("plan_id", Long.class), rs.getObject("plan_year", Integer.class), label,
                rs.getString("summary"), rs.getString("note"), rs.getObject("sent_on", LocalDate.class),
                rs.getObject("acknowledge_by", LocalDate.class), rs.getObject("disseminate_by", LocalDate.class),
                rs.getLong("version"));
    }

    /** The approved plans of the user's unit, which it may send: id to its number and year. */
    @Transactional(readOnly = true)
    List<PlanToSend> plansToSend() {
        return jdbc.sql("""
                select id, plan_year, document_number from annual_plan
                 where unit_id = :u and status = 'APPROVED' order by plan_year desc""")
                .param("u", scope.requireUser().unitId())
                .query((rs, n) -> new PlanToSend(rs.getLong("id"), rs.getInt("plan_year"),
                        rs.getString("document_number")))
                .list();
    }

    /** An approved plan of the unit, as the sending form offers it. */
    record PlanToSend(long id, int year, String number) {
    }

    static DistributionRecipient line(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate ack = rs.getObject("acknowledged_on", LocalDate.class);
        LocalDate dis = rs.getObject("disseminated_on", LocalDate.class);
        String way = rs.getString("dissemination_form");
        return new DistributionRecipient(rs.getLong("id"), rs.getLong("distribution_id"), rs.getLong("unit_id"),
                rs.getString("unit_name"), ack, dis, way == null ? null : DisseminationWay.valueOf(way),
                (Integer) rs.getObject("attendance", Integer.class), rs.getString("dissemination_note"),
                rs.getLong("version"), RecipientState.of(ack, dis, rs.getObject("acknowledge_by", LocalDate.class),
                        rs.getObject("disseminate_by", LocalDate.class), today));
    }
}
