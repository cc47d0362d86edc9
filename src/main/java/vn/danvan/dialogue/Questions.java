package vn.danvan.dialogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.petition.PetitionIntakeApi;
import vn.danvan.shared.web.Problem;

/**
 * Questions raised at a held conference: either answered on the spot, or turned into a petition of the
 * host unit in one step (channel DIALOGUE), the question keeping the petition's code. The asker is
 * private: not audited in clear, not on the portal, not in the minutes.
 */
@Service
@Transactional
class Questions {

    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final PetitionIntakeApi petitions;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final MessageSource messages;
    private final Clock clock;

    Questions(JdbcClient jdbc, Conferences conferences, PetitionIntakeApi petitions, OrganisationScope scope,
            AuditService audit, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.petitions = petitions;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules of a question the form's fields cannot say alone: a held conference, an answer or a petition. */
    @Transactional(readOnly = true)
    List<Problem> check(Conference c, QuestionForm form) {
        List<Problem> problems = new ArrayList<>();
        if (c.status() != ConferenceStatus.HELD) {
            problems.add(Problem.of("dialogue.error.notHeld"));
        }
        if ((form.answer() != null) == form.petition()) {
            problems.add(Problem.on("answer", "dialogue.error.answerOrPetition"));
        }
        return problems;
    }

    /** Records a question, answered or turned into a petition; the problems when refused. */
    public List<Problem> add(long conferenceId, QuestionForm form) {
        Conference c = conferences.requireRecordable(conferenceId);
        List<Problem> problems = check(c, form);
        if (!problems.isEmpty()) {
            return problems;
        }
        String question = form.question();
        Long petitionId = null;
        String petitionCode = null;
        if (form.petition()) {
            PetitionIntakeApi.Created created = petitions.receiveFromDialogue(c.hostUnitId(), question,
                    question + "\n\n(" + c.topic() + ")", form.askerName(), form.askerAddress(),
                    scope.requireUser().username(), new PetitionIntakeApi.Source(sourceLabel(c), "/dialogue/" + c.id()));
            petitionId = created.id();
            petitionCode = created.code();
        }
        int position = jdbc.sql("select count(*) from dialogue_question where conference_id = :c")
                .param("c", conferenceId).query(Integer.class).single() + 1;
        jdbc.sql("""
                insert into dialogue_question (conference_id, position, asker_name, asker_address, question, answer,
                    petition_id, petition_code, created_at)
                values (:c, :position, :name, :address, :question, :answer, :petitionId, :petitionCode, :at)
                """).param("c", conferenceId).param("position", position).param("name", form.askerName())
                .param("address", form.askerAddress()).param("question", question)
                .param("answer", form.answer()).param("petitionId", petitionId)
                .param("petitionCode", petitionCode).param("at", OffsetDateTime.now(clock)).update();
        // the asker is personal data: not in the audit trail
        audit.created("dialogue_question", conferenceId, c.hostUnitId(), Map.of("question", question,
                "petitionCode", petitionCode == null ? "" : petitionCode));
        return List.of();
    }

    /**
     * The questions of a conference, in the order raised, without the askers (personal data, shown only on
     * request: {@link #askers}).
     */
    @Transactional(readOnly = true)
    public List<Question> of(long conferenceId) {
        return jdbc.sql("""
                select id, conference_id, question, answer, petition_id, petition_code
                  from dialogue_question where conference_id = :c order by position
                """).param("c", conferenceId).query((rs, n) -> new Question(rs.getLong("id"),
                        rs.getLong("conference_id"), null, rs.getString("question"),
                        rs.getString("answer"), (Long) rs.getObject("petition_id", Long.class),
                        rs.getString("petition_code"))).list();
    }

    /**
     * Who asked each question (question id to name), asked for by a person who handles the conference:
     * an officer or the head of the host unit itself; each view is recorded as a view of personal data,
     * as a petitioner's contact is. Anybody else: 403.
     */
    @Transactional
    public Map<Long, String> askers(Conference c) {
        if (!conferences.isHostStaff(c.hostUnitId())) {
            throw new org.springframework.security.access.AccessDeniedException("askers are for the host unit's staff");
        }
        audit.viewedPersonalData("dialogue_conference", c.id(), c.hostUnitId());
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, asker_name from dialogue_question where conference_id = :c order by position")
                .param("c", c.id()).query((rs, n) -> {
                    names.put(rs.getLong("id"), rs.getString("asker_name"));
                    return null;
                }).list();
        return names;
    }

    /** Every question by conference for the portal, without the askers. */
    @Transactional(readOnly = true)
    public Map<Long, List<Question>> publicByConference() {
        Map<Long, List<Question>> all = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select id, conference_id, question, answer, petition_id, petition_code
                  from dialogue_question order by conference_id, position
                """).query((rs, n) -> new Question(rs.getLong("id"), rs.getLong("conference_id"), null,
                        rs.getString("question"), rs.getString("answer"), (Long) rs.getObject("petition_id", Long.class),
                        rs.getString("petition_code"))).list()
                .forEach(q -> all.computeIfAbsent(q.conferenceId(), k -> new ArrayList<>()).add(q));
        return all;
    }

    /** "Tạo từ câu hỏi tại hội nghị đối thoại "…" ngày 17/02/2026": stored on the petition in Vietnamese. */
    private String sourceLabel(Conference c) {
        String label = messages.getMessage("dialogue.petition.source." + c.kind().name(),
                new Object[] {c.topic(), c.startsAt().format(vn.danvan.shared.DanVanTime.DATE)},
                MinutesDocument.VIETNAMESE);
        return label.length() <= 500 ? label : label.substring(0, 497) + "...";
    }
}
