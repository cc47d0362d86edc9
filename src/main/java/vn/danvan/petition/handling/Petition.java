package vn.danvan.petition.handling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * A citizen's petition (phản ánh, kiến nghị) and its handling. Each change of state is a method
 * that checks the current state, refuses with a message naming it, and records a step of the
 * status history; persistence saves the state and appends the recorded steps.
 */
public class Petition {

    private final Long id;
    private final String code;
    private final PetitionKind kind;
    private final long categoryId;
    private final Channel channel;
    private final String title;
    private final String content;
    private final String place;
    private final OffsetDateTime receivedAt;
    private final LocalDate acceptanceDue;
    private final long version;
    private Long unitId;
    private PetitionStatus status;
    private LocalDate answerDue;
    private Long assigneeAccountId;
    private String answerDraft;
    private String answer;
    private String publicAnswer;
    private boolean published;
    private OffsetDateTime answeredAt;
    private Long mergedIntoId;
    private Integer rating;
    private String ratingComment;
    private OffsetDateTime ratedAt;
    private OffsetDateTime reopenRequestedAt;
    private GeoPoint location;
    private final List<Step> recorded = new ArrayList<>();

    /** How long after the answer the petitioner may ask to reopen it. */
    static final int REOPEN_DAYS = 30;

    /**
     * A step of the status history, as recorded by an action. A public step (the change of state) is
     * shown to the petitioner and on the public lookup; its note only when {@code notePublic}: the
     * officer chose so on a form that says it is public.
     */
    public record Step(String action, PetitionStatus from, PetitionStatus to, String note, boolean visibleToPublic,
            boolean notePublic) {
    }

    Petition(Long id, String code, PetitionKind kind, long categoryId, Channel channel, String title, String content,
            String place, Long unitId, PetitionStatus status, OffsetDateTime receivedAt, LocalDate acceptanceDue,
            LocalDate answerDue, Long assigneeAccountId, String answerDraft, String answer, String publicAnswer,
            boolean published, OffsetDateTime answeredAt, Long mergedIntoId, long version) {
        this.id = id;
        this.code = code;
        this.kind = kind;
        this.categoryId = categoryId;
        this.channel = channel;
        this.title = title;
        this.content = content;
        this.place = place;
        this.unitId = unitId;
        this.status = status;
        this.receivedAt = receivedAt;
        this.acceptanceDue = acceptanceDue;
        this.answerDue = answerDue;
        this.assigneeAccountId = assigneeAccountId;
        this.answerDraft = answerDraft;
        this.answer = answer;
        this.publicAnswer = publicAnswer;
        this.published = published;
        this.answeredAt = answeredAt;
        this.mergedIntoId = mergedIntoId;
        this.version = version;
    }

    /** A new petition as received, with its due dates already computed from the calendar. */
    public static Petition received(String code, PetitionKind kind, long categoryId, Channel channel, String title,
            String content, String place, Long unitId, OffsetDateTime receivedAt, LocalDate acceptanceDue,
            LocalDate answerDue) {
        Petition p = new Petition(null, code, kind, categoryId, channel, title, content, place, unitId,
                PetitionStatus.RECEIVED, receivedAt, acceptanceDue, answerDue, null, null, null, null, false, null,
                null, 0);
        p.recorded.add(new Step("RECEIVE", null, PetitionStatus.RECEIVED, null, true, false));
        return p;
    }

    public void accept() {
        move("ACCEPT", PetitionStatus.ACCEPTED, null, true, false);
    }

    public void refuse(String reason, boolean reasonPublic) {
        require(reason);
        move("REFUSE", PetitionStatus.REFUSED, reason, true, reasonPublic);
    }

    /** To another unit, which receives it anew; the reason is public when the officer says so. */
    void transfer(long toUnitId, String reason, boolean reasonPublic) {
        require(reason);
        if (unitId != null && unitId == toUnitId) {
            throw InvalidRequestException.onField("unitId", "petition.error.sameUnit");
        }
        move("TRANSFER", PetitionStatus.RECEIVED, reason, true, reasonPublic);
        unitId = toUnitId;
        assigneeAccountId = null;
    }

    /** Home Affairs routes a petition whose unit the citizen did not know. */
    void route(long toUnitId) {
        if (unitId != null) {
            throw new InvalidRequestException("petition.error.alreadyRouted");
        }
        if (status != PetitionStatus.RECEIVED) {
            throw new InvalidRequestException("petition.error.transition", new DefaultMessageSourceResolvable(status.messageKey()));
        }
        unitId = toUnitId;
        recorded.add(new Step("ROUTE", status, status, null, true, false));
    }

    public void assign(long accountId, String note) {
        move("ASSIGN", PetitionStatus.ASSIGNED, note, false, false);
        assigneeAccountId = accountId;
    }

    void startWork() {
        move("START", PetitionStatus.IN_PROGRESS, null, true, false);
    }

    public void requestInformation(String what, boolean whatPublic) {
        require(what);
        move("REQUEST_INFO", PetitionStatus.INFO_REQUESTED, what, true, whatPublic);
    }

    /**
     * The answer clock stood still while the petitioner was asked for more information: the due
     * date moves to {@code later}, never earlier.
     */
    void extendAnswerDue(LocalDate later) {
        if (later.isAfter(answerDue)) {
            answerDue = later;
        }
    }

    public void draftAnswer(String text) {
        requireAnswer(text);
        move("DRAFT_ANSWER", PetitionStatus.ANSWER_DRAFTED, null, false, false);
        answerDraft = text;
    }

    /** The head sends the draft back for more work. */
    void returnDraft(String why) {
        require(why);
        if (status != PetitionStatus.ANSWER_DRAFTED) {
            throw new InvalidRequestException("petition.error.transition", new DefaultMessageSourceResolvable(status.messageKey()));
        }
        move("RETURN_DRAFT", PetitionStatus.IN_PROGRESS, why, false, false);
    }

    /**
     * The head approves the draft: the answer goes to the petitioner, and when published the
     * redacted text (without personal data) appears on the portal.
     */
    public void approveAnswer(boolean publish, String redactedText, OffsetDateTime at) {
        if (publish) {
            requireAnswer(redactedText);
        }
        move("APPROVE_ANSWER", PetitionStatus.ANSWERED, null, true, false);
        answer = answerDraft;
        published = publish;
        publicAnswer = publish ? redactedText : null;
        answeredAt = at;
    }

    void close() {
        move("CLOSE", PetitionStatus.CLOSED, null, true, false);
    }

    void reopen(String why, boolean whyPublic) {
        require(why);
        move("REOPEN", PetitionStatus.IN_PROGRESS, why, true, whyPublic);
    }

    /** The petitioner rates the answer, once, 1 to 5 stars. */
    public void rate(int stars, String comment, OffsetDateTime at) {
        if (answeredAt == null || (status != PetitionStatus.ANSWERED && status != PetitionStatus.CLOSED)) {
            throw new InvalidRequestException("petition.error.notAnswered");
        }
        if (rating != null) {
            throw new InvalidRequestException("petition.error.alreadyRated");
        }
        if (stars < 1 || stars > 5) {
            throw InvalidRequestException.onField("rating", "petition.error.rating");
        }
        rating = stars;
        ratingComment = TypedText.of(comment);
        ratedAt = at;
        recorded.add(new Step("RATE", status, status, null, true, false));
    }

    /** The petitioner asks, once and within {@value #REOPEN_DAYS} days of the answer, to reopen it. */
    public void requestReopen(String reason, OffsetDateTime at) {
        if (answeredAt == null || (status != PetitionStatus.ANSWERED && status != PetitionStatus.CLOSED)) {
            throw new InvalidRequestException("petition.error.notAnswered");
        }
        if (reopenRequestedAt != null) {
            throw new InvalidRequestException("petition.error.alreadyReopened");
        }
        if (at.isAfter(answeredAt.plusDays(REOPEN_DAYS))) {
            throw new InvalidRequestException("petition.error.reopenTooLate", REOPEN_DAYS);
        }
        require(reason);
        // the petitioner's own words: for the officers, never on the public lookup
        move("REOPEN_REQUEST", PetitionStatus.IN_PROGRESS, reason, true, false);
        reopenRequestedAt = at;
    }

    /** Restores what the petitioner said, when loaded from the database. */
    /** Where the petition is on the map, as received; null when nobody placed it. */
    public Petition withLocation(GeoPoint location) {
        this.location = location;
        return this;
    }

    Petition withFeedback(Integer rating, String ratingComment, OffsetDateTime ratedAt,
            OffsetDateTime reopenRequestedAt) {
        this.rating = rating;
        this.ratingComment = ratingComment;
        this.ratedAt = ratedAt;
        this.reopenRequestedAt = reopenRequestedAt;
        return this;
    }

    void mergeInto(Petition original) {
        if (original.id != null && original.id.equals(id)) {
            throw new InvalidRequestException("petition.error.mergeSelf");
        }
        if (!original.status.open() && original.status != PetitionStatus.ANSWERED) {
            throw new InvalidRequestException("petition.error.mergeTarget");
        }
        // the note is the original's tracking code, which the follower needs to see
        move("MERGE", PetitionStatus.MERGED, original.code, true, true);
        mergedIntoId = original.id;
    }

    private void move(String action, PetitionStatus next, String note, boolean visibleToPublic, boolean notePublic) {
        if (!status.allows(next)) {
            throw new InvalidRequestException("petition.error.transition", new DefaultMessageSourceResolvable(status.messageKey()));
        }
        recorded.add(new Step(action, status, next, note, visibleToPublic, visibleToPublic && notePublic));
        status = next;
    }

    private static void require(String text) {
        if (TypedText.isBlank(text)) {
            throw InvalidRequestException.onField("note", "petition.error.noteRequired");
        }
        if (text.strip().length() > STEP_NOTE_MAX) {
            throw InvalidRequestException.onField("note", "petition.error.noteTooLong", STEP_NOTE_MAX);
        }
    }

    /** An answer's text (draft, answer, published answer): up to {@value #ANSWER_MAX} characters. */
    private static void requireAnswer(String text) {
        if (TypedText.isBlank(text)) {
            throw InvalidRequestException.onField("note", "petition.error.noteRequired");
        }
        if (text.strip().length() > ANSWER_MAX) {
            throw InvalidRequestException.onField("note", "petition.error.noteTooLong", ANSWER_MAX);
        }
    }

    /** The length of a step's note (petition_step.note). */
    static final int STEP_NOTE_MAX = 2000;
    /** The length of an answer (petition.answer_draft, answer, public_answer). */
    static final int ANSWER_MAX = 10_000;

    public List<Step> recordedSteps() {
        return List.copyOf(recorded);
    }

    public Long id() { return id; }
    public String code() { return code; }
    public PetitionKind kind() { return kind; }
    public long categoryId() { return categoryId; }
    public Channel channel() { return channel; }
    public String title() { return title; }
    public String content() { return content; }
    public String place() { return place; }
    public Long unitId() { return unitId; }
    public PetitionStatus status() { return status; }
    public OffsetDateTime receivedAt() { return receivedAt; }
    public LocalDate acceptanceDue() { return acceptanceDue; }
    public LocalDate answerDue() { return answerDue; }
    public Long assigneeAccountId() { return assigneeAccountId; }
    public String answerDraft() { return answerDraft; }
    public String answer() { return answer; }
    public String publicAnswer() { return publicAnswer; }
    public boolean published() { return published; }
    public OffsetDateTime answeredAt() { return answeredAt; }
    public Long mergedIntoId() { return mergedIntoId; }
    public long version() { return version; }
    public Integer rating() { return rating; }
    public String ratingComment() { return ratingComment; }
    public OffsetDateTime ratedAt() { return ratedAt; }
    public OffsetDateTime reopenRequestedAt() { return reopenRequestedAt; }
    public GeoPoint location() { return location; }

    /** Whether the petitioner may still ask to reopen, at the given moment. */
    public boolean reopenableAt(OffsetDateTime at) {
        return answeredAt != null && reopenRequestedAt == null && !at.isAfter(answeredAt.plusDays(REOPEN_DAYS))
                && (status == PetitionStatus.ANSWERED || status == PetitionStatus.CLOSED);
    }
}
