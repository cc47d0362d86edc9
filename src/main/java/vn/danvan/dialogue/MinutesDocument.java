package vn.danvan.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.documents.Block;
import vn.danvan.documents.DocumentContent;
import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.DocumentRegister;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedNumber;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.documents.Recipients;
import vn.danvan.documents.Signature;
import vn.danvan.documents.SigningAuthority;
import vn.danvan.shared.DanVanTime;

/**
 * The minutes (biên bản) of a held conference as an official document of the host unit: time and
 * place, chair, attendance, the questions with the answers given or the petitions created, the
 * commitments with owners and due dates, the secretary's and the chair's signatures. Never the
 * askers nor the attendee list: the same document is served on the public portal. Official documents
 * are written in Vietnamese whatever the screen's language; the wording is in the dialogue bundle
 * ({@code dialogue.minutes.*}). The first time the minutes are issued they take the next number of the
 * outgoing-document register, stored with the conference, and every later download reuses it.
 */
@Component
class MinutesDocument {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** The register's reference type of a conference's minutes. */
    static final String REFERENCE = "DialogueConference";

    private final OfficialDocuments documents;
    private final DocumentRegister register;
    private final Questions questions;
    private final Commitments commitments;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    MinutesDocument(OfficialDocuments documents, DocumentRegister register, Questions questions,
            Commitments commitments, MessageSource messages, JdbcClient jdbc) {
        this.documents = documents;
        this.register = register;
        this.questions = questions;
        this.commitments = commitments;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** The minutes in the format, numbered on first issue (one transaction with the register). */
    @Transactional
    public byte[] render(Conference c, DocumentFormat format) {
        String kind = text("dialogue.minutes.kind." + c.kind().name());
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(text("dialogue.minutes.opening", c.startsAt().format(DanVanTime.DATE_TIME),
                c.place(), c.hostUnitName(), text("dialogue.minutes.kindInSentence." + c.kind().name()), c.topic())));
        body.add(new Block.Heading(1, text("dialogue.minutes.participants")));
        body.add(new Block.Paragraph(text("dialogue.minutes.chair", c.chairName())));
        if (c.audience() != null) {
            body.add(new Block.Paragraph(text("dialogue.minutes.audience", c.audience())));
        }
        body.add(new Block.Paragraph(text("dialogue.minutes.attendance",
                String.valueOf(c.attendance() == null ? 0 : c.attendance()))));
        body.add(new Block.Heading(1, text("dialogue.minutes.questionsHeading")));
        List<Question> asked = questions.of(c.id());
        if (asked.isEmpty()) {
            body.add(new Block.Paragraph(text("dialogue.minutes.noQuestions")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Question q : asked) {
                rows.add(List.of(String.valueOf(n++), q.question(), q.answer() != null ? q.answer()
                        : text("dialogue.minutes.toPetition", q.petitionCode())));
            }
            body.add(new Block.Table(List.of(text("dialogue.minutes.column.number"),
                    text("dialogue.minutes.column.question"), text("dialogue.minutes.column.answer")), rows));
        }
        body.add(new Block.Heading(1, text("dialogue.minutes.commitmentsHeading")));
        List<Commitment> made = commitments.of(c.id());
        if (made.isEmpty()) {
            body.add(new Block.Paragraph(text("dialogue.minutes.noCommitments")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Commitment m : made) {
                rows.add(List.of(String.valueOf(n++), m.content(), m.ownerUnitName(), m.dueDate().format(DanVanTime.DATE)));
            }
            body.add(new Block.Table(List.of(text("dialogue.minutes.column.number"),
                    text("dialogue.minutes.column.commitment"), text("dialogue.minutes.column.owner"),
                    text("dialogue.minutes.column.due")), rows));
        }
        body.add(new Block.Paragraph(text("dialogue.minutes.closing")));
        String summary = text("dialogue.minutes.summary", kind, c.topic());
        // Decree 30/2020, minutes: the secretary signs on the left, the chair on the right, each with the
        // full name under the signature (a line to write it on when the secretary was not recorded)
        String note = text("dialogue.minutes.signNote");
        DocumentContent content = new DocumentContent(summary, body,
                new Signature(SigningAuthority.NONE, null, text("dialogue.minutes.signer"), c.chairFullName(), note),
                new Recipients(List.of(text("dialogue.minutes.recipient")), "VT"),
                new Signature(SigningAuthority.NONE, null, text("dialogue.minutes.secretarySigner"), c.secretaryName(),
                        note));
        return documents.render(documents.registered(number(c, summary), content), format);
    }

    /**
     * The minutes' number: the one stored with the conference, or the next of the host unit's register
     * the first time; the conference row is locked so two first downloads do not take two numbers.
     */
    private IssuedNumber number(Conference c, String summary) {
        String stored = jdbc.sql("select minutes_number from dialogue_conference where id = :id for update")
                .param("id", c.id()).query(String.class).optional().orElse(null);
        if (stored != null) {
            List<IssuedNumber> issued = register.issuedFor(REFERENCE, c.id());
            if (!issued.isEmpty()) {
                return issued.get(issued.size() - 1);
            }
        }
        String shortSummary = summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        IssuedNumber number = register.issue(IssueRequest.of(c.hostUnitId(), DocumentType.BIEN_BAN,
                c.startsAt().toLocalDate(), shortSummary).about(REFERENCE, c.id()));
        jdbc.sql("update dialogue_conference set minutes_number = :number, minutes_issued_on = :on where id = :id")
                .param("number", number.text()).param("on", number.issuedOn()).param("id", c.id()).update();
        return number;
    }

    /** The number of the minutes, once issued: shown on the conference page. */
    @Transactional(readOnly = true)
    public String numberOf(long conferenceId) {
        return jdbc.sql("select minutes_number from dialogue_conference where id = :id").param("id", conferenceId)
                .query(String.class).optional().orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
