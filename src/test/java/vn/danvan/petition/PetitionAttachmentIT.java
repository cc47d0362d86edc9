package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.petition.intake.CitizenKeys;

/** Files sent with a petition are checked on their content; a refused file leaves nothing saved. */
@DanVanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PetitionAttachmentIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Value("${danvan.data-dir:./data}")
    Path dataDir;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private MockMultipartHttpServletRequestBuilder submission(String key, MockMultipartFile... files) {
        var request = multipart("/portal/petitions");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.with(csrf()).param("kind", "FEEDBACK")
                .param("categoryId", String.valueOf(fixture.category("MOI_TRUONG")))
                .param("unitId", String.valueOf(fixture.unitId("ABINH")))
                .param("title", "Khói từ lò than").param("content", "Lò than đốt ban đêm gây khói.")
                .param("consent", "true").param("submissionKey", key);
        return request;
    }

    private long petitionsWithKey(String key) {
        return jdbc.sql("select count(*) from petition where submission_key = :k").param("k", CitizenKeys.submissionHash(key)).query(Long.class)
                .single();
    }

    @Test
    void aPdfIsStoredWithThePetitionAndTheOfficerCanOpenIt() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(submission(key, new MockMultipartFile("files", "anh-chup.pdf", "application/pdf", PDF)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mã tra cứu của bạn")));
        long petition = jdbc.sql("select id from petition where submission_key = :k").param("k", CitizenKeys.submissionHash(key))
                .query(Long.class).single();
        long file = jdbc.sql("select id from attachment where owner_type = 'Petition' and owner_id = :p")
                .param("p", petition).query(Long.class).single();
        mvc.perform(get("/petitions/{id}/files/{f}", petition, file).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/petitions/{id}/files/{f}", petition, file).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
    }

    /**
     * A stored file that went missing from the data folder (deleted by hand, or written on another node's disk)
     * answers 404 with the Vietnamese page and an ERROR naming its storage key: never a 200 promising a length and
     * sending no body, which leaves the browser waiting.
     */
    @Test
    void aFileMissingFromTheStoreAnswersNotFoundAndIsLogged(CapturedOutput output) throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(submission(key, new MockMultipartFile("files", "mat-tep.pdf", "application/pdf", PDF)))
                .andExpect(status().isOk());
        long petition = jdbc.sql("select id from petition where submission_key = :k").param("k", CitizenKeys.submissionHash(key))
                .query(Long.class).single();
        long file = jdbc.sql("select id from attachment where owner_type = 'Petition' and owner_id = :p")
                .param("p", petition).query(Long.class).single();
        String storageKey = jdbc.sql("select storage_key from attachment where id = :id").param("id", file)
                .query(String.class).single();
        Files.delete(dataDir.resolve("attachments").resolve(storageKey));

        mvc.perform(get("/petitions/{id}/files/{f}", petition, file).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(content().string(containsString("Không tìm thấy")));
        assertThat(output.getOut() + output.getErr()).contains("ERROR").contains("attachments/" + storageKey);
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsSaved() throws Exception {
        String key = UUID.randomUUID().toString();
        var fake = new MockMultipartFile("files", "hop-dong.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(submission(key, fake))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không đúng định dạng")));
        assertThat(petitionsWithKey(key)).isZero();
    }

    @Test
    void anOversizeFileIsRefusedWithAMessage() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 10);
        mvc.perform(submission(key, new MockMultipartFile("files", "lon.pdf", "application/pdf", big)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lon.pdf")));
        assertThat(petitionsWithKey(key)).isZero();
    }

    @Test
    void moreThanFiveFilesAreRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        MockMultipartFile[] six = new MockMultipartFile[6];
        for (int i = 0; i < 6; i++) {
            six[i] = new MockMultipartFile("files", "tep" + i + ".pdf", "application/pdf", PDF);
        }
        mvc.perform(submission(key, six)).andExpect(status().isOk());
        assertThat(petitionsWithKey(key)).isZero();
    }
}
