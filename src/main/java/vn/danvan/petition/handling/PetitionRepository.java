package vn.danvan.petition.handling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.shared.ShortLived;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.petition.PetitionIntakeApi;
import vn.danvan.petition.intake.CitizenKeys;

/** Petitions, their history and their petitioners in the database. */
@Repository
public class PetitionRepository {

    public static final String COLUMNS = """
            p.id, p.code, p.kind, p.category_id, p.channel, p.title, p.content, p.place, p.unit_id, p.status,
            p.received_at, p.acceptance_due, p.answer_due, p.assignee_account_id, p.answer_draft, p.answer,
            p.public_answer, p.published, p.answered_at, p.merged_into_id, p.version, p.rating, p.rating_comment,
            p.rated_at, p.reopen_requested_at, p.latitude, p.longitude""";

    /** How long the categories are kept in memory, as the working calendar's years. */
    static final Duration CATEGORIES_LIFETIME = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PetitionTally tally;
    private final WorkingCalendar calendar;
    private final ShortLived<Boolean, List<CategoryView>> categories;

    PetitionRepository(JdbcClient jdbc, Clock clock, PetitionTally tally, WorkingCalendar calendar) {
        this.tally = tally;
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.categories = new ShortLived<>(CATEGORIES_LIFETIME, clock, this::loadCategories);
    }

    public Optional<Petition> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from petition p where p.id = :id").param("id", id)
                .query(PetitionRepository::row).optional();
    }

    public Optional<Petition> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from petition p where p.code = :code").param("code", code)
                .query(PetitionRepository::row).optional();
    }

    /**
     * A petition as its petitioner looks it up by code, with the names of its category and unit and its public
     * steps (each with its note only when the officer made it public), in one round trip: one row per public step.
     */
    public Optional<CitizenLookup> findForCitizen(String code) {
        return jdbc.sql("select " + COLUMNS + """
                        , c.name as category_name, u.name as unit_name, s.id as s_id, s.occurred_at as s_occurred_at,
                        s.actor as s_actor, s.action as s_action, s.from_status as s_from_status,
                        s.to_status as s_to_status, s.note as s_note, s.public_step as s_public_step,
                        s.note_public as s_note_public
                        from petition p
                        join petition_category c on c.id = p.category_id
                        left join org_unit u on u.id = p.unit_id
                        left join petition_step s on s.petition_id = p.id and s.public_step
                        where p.code = :code
                        order by s.occurred_at, s.id""")
                .param("code", code)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<CitizenLookup>empty();
                    }
                    Petition petition = row(rs, 0);
                    String category = rs.getString("category_name");
                    String unit = rs.getString("unit_name");
                    List<StepView> steps = new java.util.ArrayList<>();
                    do {
                        rs.getLong("s_id");
                        if (!rs.wasNull()) {
                            steps.add(step(rs, "s_", true));
                        }
                    } while (rs.next());
                    return Optional.of(new CitizenLookup(petition, category, unit, List.copyOf(steps)));
                });
    }

    /**
     * What the lookup page shows besides the petition itself; {@code unitName} is null while Home Affairs routes it;
     * {@code steps} are the public ones, in order.
     */
    public record CitizenLookup(Petition petition, String categoryName, String unitName, List<StepView> steps) {

        /** Its progress as steps with their dates, from {@link #steps} ({@link PublicProgress}). */
        public List<PublicProgress.Step> progress() {
            return PublicProgress.of(petition.status(), petition.receivedAt(), steps);
        }
    }

    /** The petitions merged into petition {@code id}, and those merged into them, down to {@code depth} merges. */
    public List<Petition> followersOf(long id, int depth) {
        List<Petition> followers = new java.util.ArrayList<>();
        List<Long> level = List.of(id);
        for (int hop = 0; hop < depth && !level.isEmpty(); hop++) {
            List<Petition> next = jdbc.sql("select " + COLUMNS + " from petition p where p.status = 'MERGED' "
                            + "and p.merged_into_id in (:ids) order by p.id")
                    .param("ids", level).query(PetitionRepository::row).list();
            next.stream().filter(f -> f.id() != id).forEach(followers::add);
            level = next.stream().map(Petition::id).filter(f -> f != id).toList();
        }
        return followers;
    }

    /** Petitions received by import in {@code [from, to)}: what a new import is compared with. */
    public List<Imported> importedBetween(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select code, title, content, unit_id, received_at from petition
                where channel = 'IMPORT' and received_at >= :from and received_at < :to""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Imported(rs.getString("code"), rs.getString("title"), rs.getString("content"),
                        rs.getObject("unit_id", Long.class), rs.getObject("received_at", OffsetDateTime.class)))
                .list();
    }

    public record Imported(String code, String title, String content, Long unitId, OffsetDateTime receivedAt) {
    }

    public Optional<String> codeForSubmission(String submissionHash) {
        return jdbc.sql("select code from petition where submission_key = :k").param("k", submissionHash)
                .query(String.class).optional();
    }

    /**
     * @param submissionHash what is kept of the form's submission key ({@link CitizenKeys#submissionHash})
     * @param citizenKeyHash what is kept of the citizen key ({@link CitizenKeys#hash})
     */
    public long insert(Petition p, String submissionHash, String citizenKeyHash, String actor) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into petition (code, kind, category_id, channel, title, content, place, search_key, unit_id,
                    status, received_at, acceptance_due, answer_due, published, submission_key, citizen_key_hash,
                    latitude, longitude, created_at, updated_at, version)
                values (:code, :kind, :category, :channel, :title, :content, :place, :key, :unit, :status, :received,
                    :acceptanceDue, :answerDue, false, :submission, :citizenKey, :latitude, :longitude, :now, :now, 0)""")
                .param("code", p.code())
                .param("kind", p.kind().name())
                .param("category", p.categoryId())
                .param("channel", p.channel().name())
                .param("title", p.title())
                .param("content", p.content())
                .param("place", p.place())
                .param("key", searchKey(p))
                .param("unit", p.unitId())
                .param("status", p.status().name())
                .param("received", p.receivedAt())
                .param("acceptanceDue", p.acceptanceDue())
                .param("answerDue", p.answerDue())
                .param("submission", submissionHash)
                .param("citizenKey", citizenKeyHash)
                .param("latitude", p.location() == null ? null : p.location().latitude())
                .param("longitude", p.location() == null ? null : p.location().longitude())
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        tally.added(id, PetitionTally.Key.of(p.unitId(), p.status().name(), false, false, false));
        appendSteps(id, p, actor);
        return id;
    }

    /**
     * Saves the state after an action and appends the steps it recorded; stale versions are refused. The
     * answer's timing ({@link AnswerTiming}) is worked out again from the saved state every time, so an answer,
     * a reopening and a new answer, or a later save of an answered petition always leave it as the dates say.
     */
    public void save(Petition p, String actor) {
        PetitionTally.Key before = jdbc.sql("""
                select unit_id, status, published, answered_at is not null as answered,
                       public_answer is not null as has_public_answer
                from petition where id = :id and version = :version""")
                .param("id", p.id()).param("version", p.version())
                .query((rs, n) -> PetitionTally.Key.of(rs.getObject("unit_id", Long.class), rs.getString("status"),
                        rs.getBoolean("published"), rs.getBoolean("answered"), rs.getBoolean("has_public_answer")))
                .optional().orElse(null);
        AnswerTiming timing = AnswerTiming.of(calendar, p);
        int rows = jdbc.sql("""
                update petition set unit_id = :unit, status = :status, answer_due = :answerDue,
                    assignee_account_id = :assignee, answer_draft = :draft, answer = :answer,
                    public_answer = :publicAnswer, published = :published, answered_at = :answeredAt,
                    answer_working_days = :answerWorkingDays, answered_on_time = :answeredOnTime, merged_into_id = :merged, rating = :rating, rating_comment = :ratingComment, rated_at = :ratedAt,
                    reopen_requested_at = :reopenRequestedAt, public_search_key = :publicKey, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version""")
                .param("unit", p.unitId())
                .param("status", p.status().name())
                .param("answerDue", p.answerDue())
                .param("assignee", p.assigneeAccountId())
                .param("draft", p.answerDraft())
                .param("answer", p.answer())
                .param("publicAnswer", p.publicAnswer())
                .param("published", p.published())
                .param("answeredAt", p.answeredAt())
                .param("answerWorkingDays", timing == null ? null : timing.workingDays())
                .param("answeredOnTime", timing == null ? null : timing.onTime())
                .param("merged", p.mergedIntoId())
                .param("rating", p.rating())
                .param("ratingComment", p.ratingComment())
                .param("ratedAt", p.ratedAt())
                .param("reopenRequestedAt", p.reopenRequestedAt())
                .param("publicKey", p.published() ? VietnameseText.searchKey(p.code() + " " + p.title() + " "
                        + p.publicAnswer()) : null)
                .param("now", OffsetDateTime.now(clock))
                .param("id", p.id())
                .param("version", p.version())
                .update();
        if (rows != 1 || before == null) {
            throw new OptimisticLockingFailureException("petition " + p.id());
        }
        tally.changed(p.id(), before, PetitionTally.Key.of(p));
        appendSteps(p.id(), p, actor);
    }

    private void appendSteps(long id, Petition p, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Petition.Step step : p.recordedSteps()) {
            jdbc.sql("""
                    insert into petition_step (petition_id, occurred_at, actor, action, from_status, to_status, note,
                        public_step, note_public)
                    values (:id, :at, :actor, :action, :from, :to, :note, :public, :notePublic)""")
                    .param("id", id)
                    .param("at", now)
                    .param("actor", actor)
                    .param("action", step.action())
                    .param("from", step.from() == null ? null : step.from().name())
                    .param("to", step.to().name())
                    .param("note", step.note())
                    .param("public", step.visibleToPublic())
                    .param("notePublic", step.notePublic())
                    .update();
        }
    }

    /** The whole status history, as officers see it (the public one comes with {@link #findForCitizen}). */
    public List<StepView> steps(long petitionId) {
        return jdbc.sql("""
                select occurred_at, actor, action, from_status, to_status, note, public_step, note_public
                  from petition_step
                 where petition_id = :id order by occurred_at, id""")
                .param("id", petitionId)
                .query((rs, n) -> step(rs, "", false))
                .list();
    }

    /** A step read from columns named with {@code prefix}; for the public, its note only when made public. */
    private static StepView step(ResultSet rs, String prefix, boolean publicOnly) throws SQLException {
        String from = rs.getString(prefix + "from_status");
        boolean notePublic = rs.getBoolean(prefix + "note_public");
        return new StepView(rs.getObject(prefix + "occurred_at", OffsetDateTime.class), rs.getString(prefix + "actor"),
                rs.getString(prefix + "action"), from == null ? null : PetitionStatus.valueOf(from),
                PetitionStatus.valueOf(rs.getString(prefix + "to_status")),
                publicOnly && !notePublic ? null : rs.getString(prefix + "note"), rs.getBoolean(prefix + "public_step"),
                notePublic);
    }

    /** True when {@code citizenKey} is the key given to the petition's petitioner (none for older petitions). */
    public boolean hasCitizenKey(long petitionId, String citizenKey) {
        return jdbc.sql("select count(*) from petition where id = :id and citizen_key_hash = :hash")
                .param("id", petitionId).param("hash", CitizenKeys.hash(citizenKey)).query(Long.class).single() == 1;
    }

    /** False for a petition received before citizen keys existed (it cannot be rated online). */
    public boolean hasAnyCitizenKey(long petitionId) {
        return jdbc.sql("select count(*) from petition where id = :id and citizen_key_hash is not null")
                .param("id", petitionId).query(Long.class).single() == 1;
    }

    /** Keeps who sent a petition; nothing for an anonymous one (no row: {@link #petitioner} is then empty). */
    public void insertPetitioner(long petitionId, Petitioner who) {
        if (who.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into petitioner (petition_id, full_name, phone, email, address, consent_at, created_at)
                values (:id, :name, :phone, :email, :address, :consent, :now)""")
                .param("id", petitionId).param("name", who.fullName()).param("phone", who.phone())
                .param("email", who.email()).param("address", who.address()).param("consent", who.consentAt())
                .param("now", OffsetDateTime.now(clock)).update();
    }

    public Optional<Petitioner> petitioner(long petitionId) {
        return jdbc.sql("select full_name, phone, email, address, consent_at from petitioner where petition_id = :id")
                .param("id", petitionId)
                .query((rs, n) -> new Petitioner(rs.getString("full_name"), rs.getString("phone"),
                        rs.getString("email"), rs.getString("address"),
                        rs.getObject("consent_at", OffsetDateTime.class)))
                .optional();
    }

    /**
     * The categories (only the active ones when {@code activeOnly}), in their order; kept in memory for
     * {@link #CATEGORIES_LIFETIME} as the working calendar is (every petition form and intake reads them, an
     * administrator edits them a few times a year): an edit on this node is seen at once, on another within that time.
     */
    public List<CategoryView> categories(boolean activeOnly) {
        return categories.get(activeOnly);
    }

    public Optional<CategoryView> category(long id) {
        return categories(false).stream().filter(c -> c.id() == id).findFirst();
    }

    /** After an administrator changed a category: the next read loads them again. */
    public void forgetCategories() {
        categories.forgetAll();
    }

    private List<CategoryView> loadCategories(boolean activeOnly) {
        return jdbc.sql("select id, code, name, answer_days, legal_source, active from petition_category"
                        + (activeOnly ? " where active" : "") + " order by sort_order, name")
                .query(PetitionRepository::category).list().stream().toList();
    }

    private static CategoryView category(ResultSet rs, int n) throws SQLException {
        return new CategoryView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("answer_days"),
                rs.getString("legal_source"), rs.getBoolean("active"));
    }

    private static String searchKey(Petition p) {
        return VietnameseText.searchKey(p.code() + " " + p.title() + " " + p.content() + " "
                + (p.place() == null ? "" : p.place()));
    }

    public static Petition row(ResultSet rs, int n) throws SQLException {
        return new Petition(rs.getLong("id"), rs.getString("code"), PetitionKind.valueOf(rs.getString("kind")),
                rs.getLong("category_id"), Channel.valueOf(rs.getString("channel")), rs.getString("title"),
                rs.getString("content"), rs.getString("place"), rs.getObject("unit_id", Long.class),
                PetitionStatus.valueOf(rs.getString("status")), rs.getObject("received_at", OffsetDateTime.class),
                rs.getObject("acceptance_due", LocalDate.class), rs.getObject("answer_due", LocalDate.class),
                rs.getObject("assignee_account_id", Long.class), rs.getString("answer_draft"),
                rs.getString("answer"), rs.getString("public_answer"), rs.getBoolean("published"),
                rs.getObject("answered_at", OffsetDateTime.class), rs.getObject("merged_into_id", Long.class),
                rs.getLong("version")).withFeedback(rs.getObject("rating", Integer.class),
                        rs.getString("rating_comment"), rs.getObject("rated_at", OffsetDateTime.class),
                        rs.getObject("reopen_requested_at", OffsetDateTime.class))
                .withLocation(GeoPoint.ofNullable(rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")));
    }

    /** Where the petition came from, when another module created it and said so. */
    Optional<PetitionIntakeApi.Source> source(long id) {
        return jdbc.sql("select source_label, source_path from petition where id = :id and source_path is not null")
                .param("id", id).query((rs, n) -> new PetitionIntakeApi.Source(rs.getString("source_label"),
                        rs.getString("source_path"))).optional();
    }
}
