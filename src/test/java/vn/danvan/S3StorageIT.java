package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.danvan.shared.storage.FileStore;
import vn.danvan.shared.storage.S3FileStore;
import vn.danvan.shared.storage.S3Server;
import vn.danvan.shared.web.WebVisitor;

/**
 * DanVan with {@code danvan.storage.kind=s3} against a real S3 server (s3proxy in process, {@link S3Server}), on a
 * database and a data folder of its own: a petition's photo and a background export are kept in the bucket, not on
 * the node's disk, and downloaded from it; an object removed from the bucket is answered 404 with the key logged,
 * over MockMvc and over a real connection, which gets its whole answer instead of a 200 without a body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "danvan.jobs.export-threshold=1", "db-scheduler.polling-interval=500ms"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class S3StorageIT {

    private static final S3Server SERVER = S3Server.get();
    private static final String BUCKET = SERVER.newBucket("danvan");
    private static final Path DATA_DIR = temporaryFolder();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final Duration WAIT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void storageInTheBucket(DynamicPropertyRegistry registry) {
        SERVER.properties(BUCKET).forEach((key, value) -> registry.add(key, () -> value));
        OwnDatabase.properties("s3storage").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("danvan.data-dir", DATA_DIR::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;
    FileStore store;

    @BeforeEach
    void theStore() {
        store = context.getBean(FileStore.class);
    }

    @Test
    void theApplicationKeepsItsFilesInTheBucketAndIsReadyWhileItAnswers() throws Exception {
        assertThat(store).isInstanceOf(S3FileStore.class);
        assertThat(store.describe()).contains(BUCKET, SERVER.endpoint());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void aPetitionPhotoIsKeptInTheBucketAndDownloadedFromIt() throws Exception {
        long petition = submitted("Ảnh rác thải " + UUID.randomUUID());
        long file = attachmentOf(petition);
        String key = "attachments/" + storageKey(file);

        assertThat(store.exists(key)).isTrue();
        assertThat(regularFilesUnder(DATA_DIR.resolve("attachments"))).isZero();
        assertThat(regularFilesUnder(DATA_DIR.resolve("tmp"))).as("the staged upload is gone").isZero();
        byte[] body = mvc.perform(get("/petitions/{id}/files/{f}", petition, file)
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().longValue("Content-Length", PNG.length))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(PNG);
    }

    @Test
    void aPhotoRemovedFromTheBucketIsNotFoundAndLoggedNeverA200WithoutABody(CapturedOutput output) throws Exception {
        long petition = submitted("Ảnh bị xóa " + UUID.randomUUID());
        long file = attachmentOf(petition);
        String key = "attachments/" + storageKey(file);
        SERVER.removeObject(BUCKET, key);

        mvc.perform(get("/petitions/{id}/files/{f}", petition, file).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(content().string(Matchers.containsString("Không tìm thấy tệp đã lưu")));
        assertThat(output.getAll()).contains("ERROR").contains("Stored file missing from the store: " + key);

        // over a real connection: the whole 404 page arrives (before, a 200 promised a length and sent nothing)
        WebVisitor officer = new WebVisitor("http://localhost:" + port);
        assertThat(officer.signIn("anbinh.canbo", "DanVan@2018")).isTrue();
        WebVisitor.Answer answer = officer.get("/petitions/" + petition + "/files/" + file);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("Không tìm thấy tệp đã lưu", "</html>");
    }

    @Test
    void aBackgroundExportIsKeptInTheBucketAndDownloadedFromIt(CapturedOutput output) throws Exception {
        String word = "S3X" + Long.toString(System.nanoTime(), 36).toUpperCase();
        submitted("Đèn đường hỏng " + word + " một");
        submitted("Đèn đường hỏng " + word + " hai");

        MvcResult started = mvc.perform(get("/petitions/export").param("q", word).param("format", "csv")
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isSeeOther()).andReturn();
        long job = Long.parseLong(started.getResponse().getHeader("Location").substring("/jobs/".length()));
        assertThat(waitForEnd(job)).isEqualTo("DONE");
        String key = "long-work/" + jdbc.sql("select result_key from long_work where id = :id").param("id", job)
                .query(String.class).single();

        assertThat(store.exists(key)).isTrue();
        assertThat(regularFilesUnder(DATA_DIR.resolve("long-work"))).isZero();
        assertThat(regularFilesUnder(DATA_DIR.resolve("tmp"))).as("the staged export is gone").isZero();
        String csv = mvc.perform(get("/jobs/{id}/file", job).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(word + " một", word + " hai");

        SERVER.removeObject(BUCKET, key);
        mvc.perform(get("/jobs/{id}/file", job).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy tệp đã lưu")));
        assertThat(output.getAll()).contains("Stored file missing from the store: " + key);
    }

    /** A petition sent on the portal to An Bình with a PNG photo; its id. */
    private long submitted(String title) throws Exception {
        String key = UUID.randomUUID().toString();
        long category = jdbc.sql("select id from petition_category where code = 'MOI_TRUONG'").query(Long.class)
                .single();
        long unit = jdbc.sql("select id from org_unit where code = 'ABINH'").query(Long.class).single();
        mvc.perform(multipart("/portal/petitions").file(new MockMultipartFile("files", "anh.png", "image/png", PNG))
                        .with(csrf()).param("kind", "FEEDBACK").param("categoryId", String.valueOf(category))
                        .param("unitId", String.valueOf(unit)).param("title", title)
                        .param("content", "Có ảnh chụp kèm theo.").param("consent", "true")
                        .param("submissionKey", key))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Mã tra cứu của bạn")));
        return jdbc.sql("select id from petition where title = :t").param("t", title).query(Long.class).single();
    }

    private long attachmentOf(long petition) {
        return jdbc.sql("select id from attachment where owner_type = 'Petition' and owner_id = :p")
                .param("p", petition).query(Long.class).single();
    }

    private String storageKey(long attachment) {
        return jdbc.sql("select storage_key from attachment where id = :id").param("id", attachment)
                .query(String.class).single();
    }

    private String waitForEnd(long id) throws InterruptedException {
        return JobEnds.waitFor(jdbc, id, WAIT);
    }

    private static long regularFilesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("danvan-s3-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
