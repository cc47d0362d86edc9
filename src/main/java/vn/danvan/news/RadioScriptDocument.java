package vn.danvan.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.documents.Block;
import vn.danvan.documents.DocumentContent;
import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.DocumentRegister;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedNumber;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.documents.Recipients;
import vn.danvan.documents.Signature;
import vn.danvan.documents.SigningAuthority;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.StaffMember;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;

/**
 * The radio script (bản tin phát thanh) of a story for the local radio: the story's short plain-text
 * version (its summary when none was written) with its reading time at about 150 words a minute, as a
 * notice (thông báo) of the author unit signed by its compiler (người biên soạn: the author's full name).
 * Until the story is published the script is a draft: marked "DỰ THẢO" at the top, its number left blank,
 * dated today. Once published it is issued: the first download takes the next number of the author
 * unit's register, dated the day of publication, and every later download reuses it. Written in
 * Vietnamese whatever the screen's language. It goes to the radio station under the local
 * government's committee (a unit whose name has "truyền thanh"), else to the radio of its locality.
 */
@Component
class RadioScriptDocument {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** The register's reference type of a story's radio script. */
    static final String REFERENCE = "NewsRadioScript";

    private final OfficialDocuments documents;
    private final DocumentRegister register;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final java.time.Clock clock;

    RadioScriptDocument(OfficialDocuments documents, DocumentRegister register, OrganisationService organisation,
            JdbcClient jdbc, MessageSource messages, java.time.Clock clock) {
        this.documents = documents;
        this.register = register;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** The words read on air: the radio script, or the summary when none was written. */
    static String script(NewsStory s) {
        return s.radioScript() == null || s.radioScript().isBlank() ? s.summary() : s.radioScript();
    }

    @Transactional
    byte[] render(NewsStory s, DocumentFormat format) {
        String script = script(s);
        RadioReading reading = RadioReading.of(script);
        boolean issued = s.status() == NewsStatus.PUBLISHED;
        List<Block> body = new ArrayList<>();
        if (!issued) {
            body.add(new Block.DraftMark(Block.DraftMark.DRAFT));
        }
        body.add(new Block.Heading(1, s.title()));
        for (String para : script.strip().split("\\R\\s*\\R")) {
            body.add(new Block.Paragraph(para.strip().replaceAll("\\s*\\R\\s*", " ")));
        }
        body.add(new Block.Paragraph(text("news.radio.reading", reading.words(), reading.minutes(),
                reading.seconds())));
        String summary = text("news.radio.summary", s.title());
        DocumentContent content = new DocumentContent(summary, body,
                new Signature(SigningAuthority.NONE, null, text("news.radio.signer"), compiler(s)),
                new Recipients(List.of(radio()), "VT"));
        if (issued) {
            return documents.render(documents.registered(number(s, summary), content), format);
        }
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        return documents.render(documents.draft(s.authorUnitId(), DocumentType.THONG_BAO, null, today,
                today.getYear(), content), format);
    }

    /** The author's full name (người biên soạn), or null (a line to write it on) when the account is gone. */
    private String compiler(NewsStory s) {
        return organisation.staffOf(s.authorUnitId()).stream().filter(m -> m.username().equals(s.createdBy()))
                .map(StaffMember::fullName).findFirst().orElse(null);
    }

    /** The script's number: the one issued for the story, or the next of the author unit's register (story locked). */
    private IssuedNumber number(NewsStory s, String summary) {
        jdbc.sql("select id from news where id = :id for update").param("id", s.id()).query(Long.class).list();
        List<IssuedNumber> issued = register.issuedFor(REFERENCE, s.id());
        if (!issued.isEmpty()) {
            return issued.get(issued.size() - 1);
        }
        LocalDate on = s.publishedAt() == null ? LocalDate.now(clock.withZone(DanVanTime.ZONE))
                : s.publishedAt().atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
        String shortSummary = summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        return register.issue(IssueRequest.of(s.authorUnitId(), DocumentType.THONG_BAO, on, shortSummary)
                .about(REFERENCE, s.id()));
    }

    /** One transaction with the register, so that two first downloads do not take two numbers. */
    @Transactional
    ResponseEntity<byte[]> download(NewsStory s, DocumentFormat format) {
        return vn.danvan.shared.web.TableExport.download(render(s, format), "ban-tin-phat-thanh-" + s.id() + "."
                + format.extension(), format.mediaType());
    }

    /**
     * The radio station among the active units under the local government's committee (a name with
     * "truyền thanh"), else "Đài Truyền thanh" of the locality.
     */
    String radio() {
        java.util.Set<Long> branch = organisation.localGovernment()
                .map(g -> organisation.branch(g.committee().id())).orElse(java.util.Set.of());
        return organisation.activeUnits().stream().filter(u -> branch.contains(u.id())).map(UnitView::name)
                .filter(name -> name.toLowerCase(VIETNAMESE).contains("truyền thanh"))
                .findFirst()
                .orElseGet(() -> text("news.radio.recipient", organisation.localNames(VIETNAMESE).locality()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
