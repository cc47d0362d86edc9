package vn.danvan.petition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.intake.PetitionIntake;
import vn.danvan.petition.intake.Receipt;
import vn.danvan.petition.intake.Submission;

/**
 * The public way for other modules to create a petition: a question raised at a dialogue conference,
 * received through {@link PetitionIntake} on channel {@link Channel#DIALOGUE}, in the category "Khác",
 * addressed to the host unit. The asker's name and address go to the petitioner record, kept apart as
 * every petitioner's contact is.
 */
@Service
public class PetitionIntakeApi {

    static final String DIALOGUE_CATEGORY = "KHAC";

    private final PetitionIntake intake;
    private final JdbcClient jdbc;

    PetitionIntakeApi(PetitionIntake intake, JdbcClient jdbc) {
        this.intake = intake;
        this.jdbc = jdbc;
    }

    /** The new petition's id and tracking code. */
    public record Created(long id, String code) {
    }

    /**
     * Where a petition came from, as the creating module words it ("Tạo từ câu hỏi tại hội nghị đối thoại
     * ...") and the path of that record in this application ("/dialogue/12"); the petition module only
     * stores and shows it, so it depends on no creator.
     */
    public record Source(String label, String path) {

        private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("/[A-Za-z0-9][A-Za-z0-9/_-]*");

        public Source {
            if (label == null || label.isBlank() || label.length() > 500) {
                throw new IllegalArgumentException("a source label of 1 to 500 characters");
            }
            if (path == null || path.length() > 300 || !PATH.matcher(path).matches()) {
                throw new IllegalArgumentException("a path inside the application: " + path);
            }
        }
    }

    @Transactional
    public Created receiveFromDialogue(long unitId, String title, String content, String askerName,
            String askerAddress, String actor, Source source) {
        long category = jdbc.sql("select id from petition_category where code = :code")
                .param("code", DIALOGUE_CATEGORY).query(Long.class).single();
        String shortTitle = title.strip();
        if (shortTitle.length() > 300) {
            shortTitle = shortTitle.substring(0, 300);
        }
        Submission s = new Submission(PetitionKind.PROPOSAL, category, unitId, shortTitle, content, null, null, null,
                askerName,
                null, null, askerAddress, false, Channel.DIALOGUE, null, java.util.List.of());
        Receipt receipt = intake.receive(s, Channel.DIALOGUE, actor);
        if (source != null) {
            jdbc.sql("update petition set source_label = :label, source_path = :path where id = :id")
                    .param("label", source.label()).param("path", source.path()).param("id", receipt.id()).update();
        }
        return new Created(receipt.id(), receipt.code());
    }
}
