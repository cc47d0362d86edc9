package vn.danvan.dialogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.petition.PetitionIntakeApi;

/**
 * Questions raised at a held conference: either answered on the spot, or turned into a petition of the
 * host unit in one step (channel DIALOGUE), the question keeping the petition's code. The asker is
 * private: not audited in clear, not on the portal, not in the minutes.
 */
@Service
@Transactional
public class Questions {

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

    /** Records a question, answered or turned into a petition; the problems when refused. */
    public List<ConferenceRules.Problem> add(long conferenceId, String askerName, String askerAddress,
            String question, String answer, boolean toPetition) {
        Conference c = conferences.get(conferenceId);
        if (!conferences.canRecord(c.hostUnitId())) {
            throw new AccessDeniedException("not an officer or head of unit " + c.hostUnitId());
        }
        List<ConferenceRules.Problem> problems = new ArrayList<>();
        if (c.status() != ConferenceStatus.HELD) {
            problems.add(new ConferenceRules.Problem("question", "dialogue.error.notHeld"));
        }
        if (question == null || question.isBlank()) {
            problems.add(new ConferenceRules.Problem("question", "dialogue.error.questionRequired"));
        }
        boolean answered = answer != null && !answer.isBlank();
        if (answered == toPetition) {
            problems.add(new ConferenceRules.Problem("answer", "dialogue.error.answerOrPetition"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Long petitionId = null;
        String petitionCode = null;
        if (toPetition) {
            PetitionIntakeApi.Created created = petitions.receiveFromDialogue(c.hostUnitId(), question.strip(),
                    question.strip() + "\n\n(" + c.topic() + ")", blankToNull(askerName), blankToNull(askerAddress),
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
                """).param("c", conferenceId).param("position", position).param("name", blankToNull(askerName))
                .param("address", blankToNull(askerAddress)).param("question", question.strip())
                .param("answer", answered ? answer.strip() : null).param("petitionId", petitionId)
                .param("petitionCode", petitionCode).param("at", OffsetDateTime.now(clock)).update();
        // the asker is personal data: not in the audit trail
        audit.created("dialogue_question", conferenceId, c.hostUnitId(), Map.of("question", question.strip(),
                "petitionCode", petitionCode == null ? "" : petitionCode));
        return List.of();
    }

    /** The questions of a conference, in the order raised, with the askers: for the host unit's staff only. */
    @Transactional(readOnly = true)
    public List<Question> of(long conferenceId) {
        return jdbc.sql("""
                select id, conference_id, asker_name, question, answer, petition_id, petition_code
                  from dialogue_question where conference_id = :c order by position
                """).param("c", conferenceId).query((rs, n) -> new Question(rs.getLong("id"),
                        rs.getLong("conference_id"), rs.getString("asker_name"), rs.getString("question"),
                        rs.getString("answer"), (Long) rs.getObject("petition_id", Long.class),
                        rs.getString("petition_code"))).list();
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
