package vn.danvan.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.danvan.documents.Block;
import vn.danvan.documents.DocumentContent;
import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.documents.Recipients;
import vn.danvan.documents.Signature;
import vn.danvan.documents.SigningAuthority;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * The radio script (bản tin phát thanh) of a story for the local radio: the story's short plain-text
 * version (its summary when none was written) with its reading time at about 150 words a minute, as an
 * unnumbered draft notice (thông báo) of the author unit dated today. A script is read on air, not
 * issued, so it takes no number from the register. Written in Vietnamese whatever the screen's language.
 * It goes to the radio station under the local government's committee (a unit whose name has
 * "truyền thanh"), else to the radio of its locality.
 */
@Component
class RadioScriptDocument {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final OfficialDocuments documents;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final OrganisationService organisation;

    RadioScriptDocument(OfficialDocuments documents, MessageSource messages, java.time.Clock clock,
            OrganisationService organisation) {
        this.organisation = organisation;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** The words read on air: the radio script, or the summary when none was written. */
    static String script(NewsStory s) {
        return s.radioScript() == null || s.radioScript().isBlank() ? s.summary() : s.radioScript();
    }

    byte[] render(NewsStory s, DocumentFormat format) {
        String script = script(s);
        RadioReading reading = RadioReading.of(script);
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, s.title()));
        for (String para : script.strip().split("\\R\\s*\\R")) {
            body.add(new Block.Paragraph(para.strip().replaceAll("\\s*\\R\\s*", " ")));
        }
        body.add(new Block.Paragraph(text("news.radio.reading", reading.words(), reading.minutes(),
                reading.seconds())));
        LocalDate today = LocalDate.now(clock);
        DocumentContent content = new DocumentContent(text("news.radio.summary", s.title()), body,
                new Signature(SigningAuthority.NONE, null, text("news.radio.signer"), null),
                new Recipients(List.of(radio()), "VT"));
        return documents.render(documents.draft(s.authorUnitId(), DocumentType.THONG_BAO, null, today,
                today.getYear(), content), format);
    }

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
