package vn.danvan.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * The changes of supervision requests: filed and sent by the Front, answered per recommendation by each
 * addressed unit (drafted by its officers or head, sent by the head, late when sent after the unit's due
 * date), marked by the Front (not satisfactory reopens the unit's answers with a new due date), published
 * and closed by the Front. Each change checks the version the person saw, is audited, and is refused
 * whole with the problems on their fields.
 */
@Service
@Transactional
class Supervision {

    static final String OPEN = "OPEN";
    static final String ANSWERED = "ANSWERED";
    static final String DRAFT = "DRAFT";
    static final String SENT = "SENT";
    static final String ENTITY = "supervision_request";

    private final JdbcClient jdbc;
    private final SupervisionRecords records;
    private final SupervisionAccess access;
    private final SupervisionSettings settings;
    private final WorkingCalendar calendar;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Clock clock;
    private final RequestRepository requests;

    Supervision(JdbcClient jdbc, SupervisionRecords records, SupervisionAccess access, SupervisionSettings settings,
            WorkingCalendar calendar, OrganisationService organisation, ApplicationEventPublisher events,
            AuditService audit, Clock clock, RequestRepository requests) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.settings = settings;
        this.calendar = calendar;
        this.organisation = organisation;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The rules of a new request that its form cannot check alone (the sizes and what is required are the
     * form's): a stated due date not in the past, units still active, at least one recommendation typed.
     */
    List<Problem> check(RequestForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.statedDueDate() != null && form.statedDueDate().isBefore(records.today())) {
            problems.add(Problem.on("statedDueDate", "supervision.error.dueInPast"));
        }
        Set<Long> active = organisation.activeUnits().stream().map(UnitView::id).collect(Collectors.toSet());
        List<Long> unitIds = form.units();
        if (unitIds.isEmpty()) {
            problems.add(Problem.on("unitIds", "supervision.error.unitsRequired"));
        } else if (!active.containsAll(unitIds)) {
            problems.add(Problem.on("unitIds", "supervision.error.unitUnknown"));
        }
        if (form.typedRecommendations().isEmpty()) {
            problems.add(Problem.on("recommendations", "supervision.error.recommendationsRequired"));
        }
        return problems;
    }

    /** Files a request of the Front member's unit, as a draft or sent at once; its id. */
    long file(RequestForm form, boolean send) {
        if (!access.canFile()) {
            throw new AccessDeniedException("not a Front member");
        }
        List<Problem> problems = check(form);
        if (form.kind() == null) {
            problems.add(Problem.on("kind", "supervision.error.kindRequired"));
        }
        if (TypedText.isBlank(form.title())) {
            problems.add(Problem.on("title", "supervision.error.titleRequired"));
        }
        if (TypedText.isBlank(form.content())) {
            problems.add(Problem.on("content", "supervision.error.contentRequired"));
        }
        InvalidRequestException.throwIfAny(problems);
        LocalDate today = records.today();
        List<Long> unitIds = form.units();
        List<String> recommendations = form.typedRecommendations();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long front = access.user().unitId();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_request (front_unit_id, kind, title, content, document_number, document_date,
                    stated_due_date, status, created_by, created_at, updated_at)
                values (:front, :kind, :title, :content, :number, :date, :stated, 'DRAFT', :by, :now, :now)
                """).param("front", front).param("kind", form.kind().name()).param("title", TypedText.of(form.title()))
                .param("content", TypedText.of(form.content())).param("number", TypedText.of(form.documentNumber()))
                .param("date", form.documentDate()).param("stated", form.statedDueDate())
                .param("by", access.user().username()).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < recommendations.size(); i++) {
            jdbc.sql("insert into supervision_recommendation (request_id, number, content) values (:r, :n, :c)")
                    .param("r", id).param("n", i + 1).param("c", recommendations.get(i)).update();
        }
        for (long unit : unitIds) {
            jdbc.sql("""
                    insert into supervision_recipient (request_id, unit_id, status, updated_at)
                    values (:r, :u, 'OPEN', :now)""").param("r", id).param("u", unit).param("now", now).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", form.kind().name());
        after.put("title", TypedText.of(form.title()));
        after.put("units", unitIds.toString());
        after.put("recommendations", recommendations.size());
        after.put("statedDueDate", form.statedDueDate() == null ? null : form.statedDueDate().toString());
        audit.created(ENTITY, id, front, after);
        if (send) {
            sendNow(records.request(id), today);
        }
        return id;
    }

    /** Sends a draft to its units: the due date is fixed now. */
    void send(long id, long version) {
        Views.Request request = records.request(id);
        access.checkFront(request);
        if (request.version() != version) {
            throw stale();
        }
        sendNow(request, records.today());
    }

    private void sendNow(Views.Request request, LocalDate today) {
        SupervisionRequest changing = requests.find(request.id());
        LocalDate due = AnswerDueDate.of(today, request.statedDueDate(), settings.answerRule(today).workingDays(),
                calendar::addWorkingDays);
        changing.send(today, due);
        requests.save(changing);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update supervision_recipient set due_date = :due, updated_at = :now where request_id = :id")
                .param("due", due).param("now", now).param("id", request.id()).update();
        audit.updated(ENTITY, request.id(), request.frontUnitId(), Map.of("status", request.status().name()),
                Map.of("status", RequestStatus.SENT.name(), "dueDate", due.toString()));
        events.publishEvent(new SupervisionRequestSent(request.id(), today));
    }

    List<Long> heads(long unitId) {
        return organisation.headAccountsOf(unitId);
    }

    /** {@link #heads(long)} of each of the units, by unit, in a query per thousand units. */
    java.util.Map<Long, List<Long>> heads(java.util.Collection<Long> unitIds) {
        return organisation.headAccountsOf(unitIds);
    }

    /**
     * The addressed unit's recipient row when the current user may draft its answer to the recommendation (an
     * officer or head of the unit or a unit above it, the recommendation one of the request's); 403 otherwise.
     */
    Views.Recipient requireAnswerer(long recipientId, long recommendationId) {
        Views.Recipient recipient = records.recipient(recipientId);
        if (!access.isStaffOf(recipient.unitId())) {
            throw new AccessDeniedException("not staff of unit " + recipient.unitId());
        }
        if (records.recommendations(recipient.requestId()).stream().noneMatch(r -> r.id() == recommendationId)) {
            throw new AccessDeniedException("recommendation " + recommendationId + " not of request "
                    + recipient.requestId());
        }
        return recipient;
    }

    /** Drafts (or redrafts) a unit's answer to one recommendation; the sizes are checked by the form. */
    void saveAnswer(long recipientId, long recommendationId, AnswerOutcome outcome, String actionText,
            LocalDate actionDueDate, String explanation, Long version) {
        Views.Recipient recipient = requireAnswerer(recipientId, recommendationId);
        SupervisionRequest request = requests.find(recipient.requestId());
        request.requireAwaitingAnswers();
        if (recipient.answered()) {
            throw new InvalidRequestException("supervision.error.notOpen");
        }
        InvalidRequestException.throwIfAny(checkAnswer(outcome, actionText, actionDueDate, explanation));
        boolean accepted = outcome == AnswerOutcome.ACCEPTED;
        String text = accepted ? TypedText.of(actionText) : null;
        LocalDate actionDue = accepted ? actionDueDate : null;
        String why = accepted ? null : TypedText.of(explanation);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Views.Answer existing = records.answers(request.id()).get(recommendationId + "-" + recipientId);
        if (existing == null) {
            jdbc.sql("""
                    insert into supervision_answer (recommendation_id, recipient_id, outcome, action_text,
                        action_due_date, explanation, status, drafted_by, created_at, updated_at)
                    values (:rec, :recipient, :outcome, :text, :due, :why, 'DRAFT', :by, :now, :now)""")
                    .param("rec", recommendationId).param("recipient", recipientId).param("outcome", outcome.name())
                    .param("text", text).param("due", actionDue).param("why", why)
                    .param("by", access.user().username()).param("now", now).update();
        } else {
            int rows = jdbc.sql("""
                    update supervision_answer set outcome = :outcome, action_text = :text, action_due_date = :due,
                        explanation = :why, drafted_by = :by, updated_at = :now, version = version + 1
                    where id = :id and version = :version and status = 'DRAFT'""")
                    .param("outcome", outcome.name()).param("text", text).param("due", actionDue).param("why", why)
                    .param("by", access.user().username()).param("now", now).param("id", existing.id())
                    .param("version", version == null ? -1 : version).update();
            if (rows != 1) {
                throw stale();
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("recommendation", recommendationId);
        after.put("outcome", outcome.name());
        after.put("actionText", text);
        after.put("actionDueDate", actionDue == null ? null : actionDue.toString());
        after.put("explanation", why);
        audit.updated("supervision_answer", recommendationId + "-" + recipientId, recipient.unitId(), Map.of(), after);
    }

    /** An answer: accepted with what will be done and by when, or explained. */
    static List<Problem> checkAnswer(AnswerOutcome outcome, String actionText, LocalDate actionDueDate,
            String explanation) {
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(Problem.on("outcome", "supervision.error.outcomeRequired"));
        } else if (outcome == AnswerOutcome.ACCEPTED) {
            if (TypedText.isBlank(actionText)) {
                problems.add(Problem.on("actionText", "supervision.error.actionRequired"));
            }
            if (actionDueDate == null) {
                problems.add(Problem.on("actionDueDate", "supervision.error.actionDueRequired"));
            }
        } else if (TypedText.isBlank(explanation)) {
            problems.add(Problem.on("explanation", "supervision.error.explanationRequired"));
        }
        return problems;
    }

    /** The recipient row when the current user is the head of its unit (or of a unit above it); 403 otherwise. */
    Views.Recipient requireHead(long recipientId) {
        Views.Recipient recipient = records.recipient(recipientId);
        if (!access.isHeadOf(recipient.unitId())) {
            throw new AccessDeniedException("not head of unit " + recipient.unitId());
        }
        return recipient;
    }

    /** The head sends the unit's answers to every recommendation; late when after the unit's due date. */
    void sendAnswers(long recipientId, long version) {
        Views.Recipient recipient = requireHead(recipientId);
        SupervisionRequest request = requests.find(recipient.requestId());
        if (recipient.version() != version) {
            throw stale();
        }
        request.requireAwaitingAnswers();
        if (recipient.answered()) {
            throw new InvalidRequestException("supervision.error.notOpen");
        }
        Map<String, Views.Answer> answers = records.answers(request.id());
        boolean complete = records.recommendations(request.id()).stream()
                .allMatch(r -> answers.containsKey(r.id() + "-" + recipientId));
        if (!complete) {
            throw new InvalidRequestException("supervision.error.answersMissing");
        }
        LocalDate today = records.today();
        boolean late = recipient.dueDate() != null && today.isAfter(recipient.dueDate());
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                update supervision_answer set status = 'SENT', sent_on = :today, late = :late, mark = null,
                    mark_comment = null, sent_by = :by, updated_at = :now, version = version + 1
                where recipient_id = :recipient and status = 'DRAFT'""")
                .param("today", today).param("late", late).param("by", access.user().username()).param("now", now)
                .param("recipient", recipientId).update();
        jdbc.sql("""
                update supervision_recipient set status = 'ANSWERED', answered_on = :today, updated_at = :now,
                    version = version + 1 where id = :id""").param("today", today).param("now", now)
                .param("id", recipientId).update();
        audit.updated("supervision_recipient", recipientId, recipient.unitId(), Map.of("status", OPEN),
                Map.of("status", ANSWERED, "late", late));
        boolean all = records.recipients(request.id()).stream().allMatch(Views.Recipient::answered);
        if (all) {
            RequestStatus was = request.status();
            request.allAnswered();
            save(request, was);
        }
    }

    /**
     * The Front marks a sent answer; not satisfactory needs a comment and reopens the unit's answers with a
     * new due date (the one typed, else the setting's working days from today).
     */
    void mark(long answerId, AnswerMark mark, String comment, LocalDate newDueDate, long version) {
        Views.Answer answer = records.answer(answerId);
        Views.Recipient recipient = records.recipient(answer.recipientId());
        access.checkFront(records.request(recipient.requestId()));
        SupervisionRequest request = requests.find(recipient.requestId());
        if (answer.version() != version) {
            throw stale();
        }
        request.requireMarkable();
        if (!answer.sent()) {
            throw new InvalidRequestException("supervision.error.notOpen");
        }
        LocalDate today = records.today();
        InvalidRequestException.throwIfAny(checkMark(mark, comment, newDueDate, today));
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean reopen = mark == AnswerMark.UNSATISFACTORY;
        jdbc.sql("""
                update supervision_answer set mark = :mark, mark_comment = :comment, status = :status,
                    updated_at = :now, version = version + 1 where id = :id""")
                .param("mark", mark.name()).param("comment", TypedText.of(comment))
                .param("status", reopen ? DRAFT : SENT).param("now", now).param("id", answerId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("mark", mark.name());
        after.put("comment", TypedText.of(comment));
        if (reopen) {
            LocalDate due = AnswerDueDate.of(today, newDueDate, settings.answerRule(today).workingDays(),
                    calendar::addWorkingDays);
            jdbc.sql("""
                    update supervision_recipient set status = 'OPEN', due_date = :due, answered_on = null,
                        updated_at = :now, version = version + 1 where id = :id""")
                    .param("due", due).param("now", now).param("id", recipient.id()).update();
            after.put("reopenedUntil", due.toString());
            RequestStatus was = request.status();
            request.reopen();
            if (request.status() != was) {
                save(request, was);
            }
        }
        audit.updated("supervision_answer", answerId, recipient.unitId(),
                Map.of("mark", answer.mark() == null ? "" : answer.mark().name()), after);
    }

    /** A mark: satisfactory or not; not satisfactory needs a comment; a new due date not in the past. */
    static List<Problem> checkMark(AnswerMark mark, String comment, LocalDate newDueDate, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (mark == null) {
            problems.add(Problem.on("mark", "supervision.error.markRequired"));
        }
        if (newDueDate != null && newDueDate.isBefore(today)) {
            problems.add(Problem.on("newDueDate", "supervision.error.dueInPast"));
        }
        if (mark == AnswerMark.UNSATISFACTORY && TypedText.isBlank(comment)) {
            problems.add(Problem.on("comment", "supervision.error.commentRequired"));
        }
        return problems;
    }

    /** The Front publishes (or withdraws) the request, its recommendations and the sent answers on the portal. */
    void publish(long id, boolean published, long version) {
        access.checkFront(records.request(id));
        SupervisionRequest request = requests.find(id);
        boolean was = request.published();
        request.publish(published);
        if (request.version() != version) {
            throw stale();
        }
        requests.save(request);
        audit.updated(ENTITY, id, request.frontUnitId(), Map.of("published", was), Map.of("published", published));
    }

    /** The Front closes an answered request. */
    void close(long id, long version) {
        access.checkFront(records.request(id));
        SupervisionRequest request = requests.find(id);
        if (request.version() != version) {
            throw stale();
        }
        RequestStatus was = request.status();
        request.close();
        save(request, was);
    }

    private void save(SupervisionRequest request, RequestStatus was) {
        requests.save(request);
        audit.updated(ENTITY, request.id(), request.frontUnitId(), Map.of("status", was.name()),
                Map.of("status", request.status().name()));
    }

    /** Checked before anything is written, so a refused change leaves nothing behind. */
    private static InvalidRequestException stale() {
        return new InvalidRequestException("supervision.error.stale");
    }
}
