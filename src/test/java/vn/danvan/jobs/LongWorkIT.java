package vn.danvan.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import vn.danvan.JobEnds;
import vn.danvan.SignedIn;

/**
 * Long work end to end on the real scheduler: big exports and imports become jobs that run, show their
 * progress and end with the file or the row report; only the owner sees them; a job left running by a node
 * that died is taken over and done once; ended jobs are removed with their files.
 */
@LowJobThresholds
@ExtendWith(OutputCaptureExtension.class)
class LongWorkIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern CODE = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");
    private static final String PETITION_HEADER = "Loại;Lĩnh vực;Mã đơn vị;Tiêu đề;Nội dung;Địa điểm;Ngày tiếp nhận;"
            + "Họ tên;Điện thoại;Thư điện tử;Địa chỉ\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LongWorkService service;
    @Autowired
    LongWorkRunner runner;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    LongWorkTask.LongWorkCleanup cleanup;
    @Value("${danvan.data-dir:./data}")
    Path dataDir;

    // ------------------------------------------------------------------ exports

    /**
     * 60 petitions recorded at An Bình's counter whose titles share a word of their own, 50 of them a second
     * one; their tracking codes. (Through the staff screen: this module's tests know no other module's types.)
     */
    private Set<String> petitions(String word, String fifty) throws Exception {
        long category = jdbc.sql("select id from petition_category where code = 'DAT_DAI'").query(Long.class).single();
        long unit = jdbc.sql("select id from org_unit where code = 'ABINH'").query(Long.class).single();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i <= LowJobThresholds.EXPORT + 10; i++) {
            String page = mvc.perform(post("/petitions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                            .param("channel", "COUNTER").param("kind", "FEEDBACK")
                            .param("categoryId", String.valueOf(category)).param("unitId", String.valueOf(unit))
                            .param("title", "Đường sạt lở " + word + (i <= LowJobThresholds.EXPORT ? " " + fifty : "")
                                    + " đoạn " + i)
                            .param("content", "Đoạn đường đất bị sạt lở sau mưa lớn.").param("fullName", "Phạm Văn Tư")
                            .param("phone", "0912345678").param("email", "tu." + word.toLowerCase(Locale.ROOT) + "@example.vn")
                            .param("submissionKey", UUID.randomUUID().toString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Matcher code = CODE.matcher(page);
            assertThat(code.find()).isTrue();
            codes.add(code.group());
        }
        return codes;
    }

    @Test
    void anExportAboveTheThresholdRunsAsAJobThatYieldsEveryRowAsXlsxAndCsvForItsOwner() throws Exception {
        String word = "KX" + suffix();
        String fifty = "LO" + suffix();
        Set<String> codes = petitions(word, fifty);

        long id = started(mvc.perform(get("/petitions/export").param("q", word).param("format", "xlsx")
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isSeeOther()).andReturn());
        assertThat(waitForEnd(id)).isEqualTo("DONE");

        String page = page(id, "anbinh.canbo");
        assertThat(page).contains("Xuất danh sách phản ánh, kiến nghị (XLSX)", "Hoàn thành", "text-bg-success",
                "60 / 60 dòng", "Đã xuất xong 60 dòng.", "phan-anh-kien-nghi.xlsx", "/jobs/" + id + "/file")
                .doesNotContain("hx-trigger=\"every 1s\"");
        MvcResult file = mvc.perform(get("/jobs/{id}/file", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("phan-anh-kien-nghi.xlsx")))
                .andReturn();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(60);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã tra cứu");
            Set<String> exported = new HashSet<>();
            for (int r = 1; r <= 60; r++) {
                exported.add(sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).contains(word);
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            }
            assertThat(exported).isEqualTo(codes);
        }

        long csv = started(mvc.perform(get("/petitions/export").param("q", word).param("format", "csv")
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isSeeOther()).andReturn());
        assertThat(waitForEnd(csv)).isEqualTo("DONE");
        byte[] body = mvc.perform(get("/jobs/{id}/file", csv).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(61);
        assertThat(text).startsWith("Mã tra cứu,").contains(word);

        assertThat(mvc.perform(get("/jobs").with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Công việc của tôi", "/jobs/" + id, "/jobs/" + csv, "Hoàn thành");
    }

    @Test
    void anExportAtTheThresholdIsAnsweredAtOnceWithEveryRow() throws Exception {
        String word = "KX" + suffix();
        String fifty = "LO" + suffix();
        petitions(word, fifty);
        byte[] xlsx = mvc.perform(get("/petitions/export").param("q", fifty).param("format", "xlsx")
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(LowJobThresholds.EXPORT);
        }
    }

    @Test
    void onlyTheOwnerSeesAJobItsFileAndItsReportAndAnUnknownJobIsNotFound() throws Exception {
        String word = "KX" + suffix();
        petitions(word, "LO" + suffix());
        long id = started(mvc.perform(get("/petitions/export").param("q", word)
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isSeeOther()).andReturn());
        waitForEnd(id);
        for (String other : List.of("anbinh.truong", "admin", "noivu")) {
            var as = SignedIn.as(context, other);
            String refused = mvc.perform(get("/jobs/{id}", id).with(as)).andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(refused).doesNotContain(word).doesNotContain("job-status");
            mvc.perform(get("/jobs/{id}", id).header("HX-Request", "true").with(as)).andExpect(status().isForbidden());
            mvc.perform(get("/jobs/{id}/file", id).with(as)).andExpect(status().isForbidden());
            mvc.perform(get("/jobs/{id}/report", id).with(as)).andExpect(status().isForbidden());
            assertThat(mvc.perform(get("/jobs").with(as)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/jobs/" + id + "\"");
        }
        assertThat(mvc.perform(get("/jobs/{id}", 987_654_321L).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Không tìm thấy dữ liệu yêu cầu.");
        mvc.perform(get("/jobs/{id}", "abc").with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isBadRequest());
        mvc.perform(get("/jobs/{id}", id)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theProgressBlockAloneAnswersHtmxAndKeepsPollingWhileTheJobWaits() throws Exception {
        long id = recorded("anbinh.canbo", LongWorkRequest.of("petition-inbox-export", "petition.export.jobTitle",
                List.of("XLSX"), Map.of("q", "khong-co-gi-" + suffix(), "format", "xlsx")));
        String block = mvc.perform(get("/jobs/{id}", id).header("HX-Request", "true")
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(block).startsWith("<div").contains("id=\"job-status\"", "hx-trigger=\"every 1s\"",
                "hx-get=\"/jobs/" + id + "\"", "Chờ chạy", "http-equiv=\"refresh\"").doesNotContain("<html");
        jdbc.sql("update long_work set state = 'FAILED', error_key = 'jobs.error.unexpected', finished_at = :now where id = :id")
                .param("now", OffsetDateTime.now()).param("id", id).update();
        assertThat(page(id, "anbinh.canbo")).contains("Không thành công", "text-bg-danger",
                "Công việc không thực hiện được do lỗi của hệ thống").doesNotContain("hx-trigger=\"every 1s\"");
    }

    @Test
    void dossierAndAuditExportsAboveTheThresholdRunAsJobsWithEveryRow() throws Exception {
        String code = "000.00.12.H03-" + suffix();
        StringBuilder csv = new StringBuilder(
                "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Người nộp\n");
        for (int i = 1; i <= LowJobThresholds.EXPORT + 10; i++) {
            csv.append(code).append("-").append(i).append(",CTR-01,10/03/2025,19/03/2025,,Đang giải quyết,Trần Thị Bình\n");
        }
        long imported = started(mvc.perform(multipart("/dossiers/import")
                .file(new MockMultipartFile("file", "so.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(waitForEnd(imported)).isEqualTo("DONE");

        long dossiers = started(mvc.perform(get("/dossiers/export").param("format", "csv")
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isSeeOther()).andReturn());
        assertThat(waitForEnd(dossiers)).isEqualTo("DONE");
        String text = new String(file(dossiers, "anbinh.canbo"), StandardCharsets.UTF_8);
        String[] lines = text.substring(1).split("\r\n");
        assertThat(lines.length - 1L).isEqualTo(doneCount(dossiers)).isGreaterThan(LowJobThresholds.EXPORT);
        for (int i = 1; i <= LowJobThresholds.EXPORT + 10; i++) {
            assertThat(text).contains(code + "-" + i + ",");
        }
        assertThat(page(dossiers, "anbinh.canbo")).contains("Xuất danh sách hồ sơ một cửa (CSV)", "ho-so-mot-cua.csv");

        long audit = started(mvc.perform(get("/audit/export").param("entityType", "dossier").param("format", "xlsx")
                .with(SignedIn.as(context, "admin"))).andExpect(status().isSeeOther()).andReturn());
        assertThat(waitForEnd(audit)).isEqualTo("DONE");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file(audit, "admin")))) {
            var sheet = book.getSheetAt(0);
            assertThat((long) sheet.getLastRowNum()).isEqualTo(doneCount(audit)).isGreaterThanOrEqualTo(LowJobThresholds.EXPORT + 10);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).as("the kind of record by its name").isEqualTo("Hồ sơ một cửa");
        }
        mvc.perform(get("/jobs/{id}/file", audit).with(SignedIn.as(context, "noivu"))).andExpect(status().isForbidden());
    }

    @Test
    void anOutboxExportAboveTheThresholdRunsAsAJobWithEveryMailMasked() throws Exception {
        String word = "KX" + suffix();
        Set<String> codes = petitions(word, "LO" + suffix());
        Instant until = Instant.now().plus(WAIT);
        while (jdbc.sql("select count(*) from mail_outbox where reference in (:codes)").param("codes", codes)
                .query(Long.class).single() < codes.size() && Instant.now().isBefore(until)) {
            Thread.sleep(200); // the receipt mails are queued by a module event listener, after the request
        }
        String today = java.time.LocalDate.now(vn.danvan.shared.DanVanTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        long id = started(mvc.perform(get("/admin/outbox/export").param("from", today).param("to", today)
                .param("format", "csv").with(SignedIn.as(context, "admin"))).andExpect(status().isSeeOther()).andReturn());
        assertThat(waitForEnd(id)).isEqualTo("DONE");
        String text = new String(file(id, "admin"), StandardCharsets.UTF_8);
        assertThat(text.substring(1).split("\r\n").length - 1L).isEqualTo(doneCount(id))
                .isGreaterThanOrEqualTo(codes.size());
        for (String code : codes) {
            assertThat(text).contains(code);
        }
        assertThat(text).doesNotContain("tu." + word.toLowerCase(Locale.ROOT) + "@example.vn");
        assertThat(page(id, "admin")).contains("Xuất hộp thư đi (CSV)", "hop-thu-di.csv");
    }

    // ------------------------------------------------------------------ imports

    @Test
    void aPetitionImportAboveTheThresholdRunsAsAJobAndEndsWithTheRowsAccepted() throws Exception {
        String suffix = suffix();
        StringBuilder rows = new StringBuilder(PETITION_HEADER);
        for (int i = 1; i <= 5; i++) {
            rows.append("Phản ánh;Môi trường;ABINH;Khói bụi ").append(suffix).append(" số ").append(i)
                    .append(";Nội dung;;;;;;\n");
        }
        long id = started(mvc.perform(multipart("/petitions/import")
                .file(new MockMultipartFile("file", "don.csv", "text/csv", rows.toString().getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(waitForEnd(id)).isEqualTo("DONE");
        assertThat(petitionsTitled(suffix)).isEqualTo(5);
        String page = page(id, "anbinh.canbo");
        assertThat(page).contains("Nhập phản ánh, kiến nghị từ tệp don.csv", "Hoàn thành", "Đã nhập 5 dòng từ tệp don.csv.",
                "Khói bụi " + suffix + " số 5", "5 / 5 dòng");
        long first = jdbc.sql("select id from petition where title = :t").param("t", "Khói bụi " + suffix + " số 1")
                .query(Long.class).single();
        assertThat(page).contains("href=\"/petitions/" + first + "\"");
        assertThat(jdbc.sql("select input is null from long_work where id = :id").param("id", id).query(Boolean.class)
                .single()).as("the uploaded file is not kept once the job ended").isTrue();
    }

    @Test
    void aPetitionImportAboveTheThresholdWithABadRowSavesNothingAndReportsTheRowInVietnamese() throws Exception {
        String suffix = suffix();
        byte[] csv = (PETITION_HEADER + """
                Phản ánh;Môi trường;ABINH;Khói bụi %1$s;Nội dung;;;;;;
                Phản ánh;Môi trường;ABINH;Tiếng ồn %1$s;Nội dung;;;;;mai@@example;
                Kiến nghị;Đất đai;;Đường đất %1$s;Nội dung;;;;;;
                Kiến nghị;Đất đai;;Cầu tre %1$s;Nội dung;;;;;;
                """.formatted(suffix)).getBytes(StandardCharsets.UTF_8);
        long id = started(mvc.perform(multipart("/petitions/import")
                .file(new MockMultipartFile("file", "don.csv", "text/csv", csv))
                .with(csrf()).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(waitForEnd(id)).isEqualTo("DONE");
        assertThat(petitionsTitled(suffix)).isZero();
        assertThat(page(id, "anbinh.canbo")).contains("Tệp don.csv có 1 lỗi ở 1 dòng.", "Chưa có dòng nào được nhập",
                "<td>3</td>", "<td>Thư điện tử</td>", "Địa chỉ thư điện tử không hợp lệ.", "/jobs/" + id + "/report");
        byte[] report = mvc.perform(get("/jobs/{id}/report", id).param("format", "xlsx")
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        }
    }

    @Test
    void aUnitImportAboveTheThresholdRunsAsAJob() throws Exception {
        String prefix = "J" + suffix();
        String csv = "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên\n"
                + prefix + "-XA,Ủy ban nhân dân xã Thử,Uy ban nhan dan cap xa,UBND-PG\n"
                + prefix + "-A1,Ấp Một,Đơn vị sự nghiệp công lập," + prefix + "-XA\n"
                + prefix + "-A2,Ấp Hai,Đơn vị sự nghiệp công lập," + prefix + "-XA\n"
                + prefix + "-A3,Ấp Ba,Đơn vị sự nghiệp công lập," + prefix + "-XA\n";
        long id = started(mvc.perform(multipart("/admin/import").param("kind", "UNITS")
                .file(new MockMultipartFile("file", "don-vi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(SignedIn.as(context, "admin"))).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(waitForEnd(id)).isEqualTo("DONE");
        assertThat(jdbc.sql("select count(*) from org_unit where code like :p").param("p", prefix + "-%")
                .query(Long.class).single()).isEqualTo(4);
        assertThat(page(id, "admin")).contains("Nhập đơn vị từ tệp don-vi.csv", "Đã nhập 4 dòng từ tệp don-vi.csv.",
                prefix + "-A3 – Ấp Ba");
    }

    @Test
    void aDossierImportAboveTheThresholdRunsAsAJob() throws Exception {
        String code = "000.00.12.H03-" + suffix();
        StringBuilder csv = new StringBuilder(
                "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Người nộp\n");
        for (int i = 1; i <= 4; i++) {
            csv.append(code).append("-").append(i).append(",CTR-01,10/03/2025,19/03/2025,,Đang giải quyết,Trần Thị Bình\n");
        }
        long id = started(mvc.perform(multipart("/dossiers/import")
                .file(new MockMultipartFile("file", "so-theo-doi.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(waitForEnd(id)).isEqualTo("DONE");
        assertThat(jdbc.sql("select count(*) from dossier where code like :c").param("c", code + "-%")
                .query(Long.class).single()).isEqualTo(4);
        assertThat(page(id, "anbinh.canbo")).contains("Đã nhập 4 dòng từ tệp so-theo-doi.csv.", code + "-4");
    }

    @Test
    void anImportAtTheThresholdIsStillDoneAtOnce() throws Exception {
        String suffix = suffix();
        StringBuilder rows = new StringBuilder(PETITION_HEADER);
        for (int i = 1; i <= LowJobThresholds.IMPORT; i++) {
            rows.append("Phản ánh;Môi trường;ABINH;Bụi ").append(suffix).append(" số ").append(i).append(";Nội dung;;;;;;\n");
        }
        mvc.perform(multipart("/petitions/import")
                        .file(new MockMultipartFile("file", "don.csv", "text/csv", rows.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/petitions/import/result"));
        assertThat(petitionsTitled(suffix)).isEqualTo(LowJobThresholds.IMPORT);
    }

    // ------------------------------------------------------------------ a node dies

    /**
     * What a node leaves when it dies in the middle of an import: the job running, some progress counted,
     * nothing of the import committed (its one transaction died with the connection), and its db-scheduler
     * execution picked by it, whose heartbeat stopped an hour ago. The living nodes' scheduler finds the dead
     * execution, revives it and runs the job again from the start: every row once, the job done on its second
     * attempt; a further run of the ended job does nothing.
     */
    @Test
    void aJobLeftRunningByADeadNodeIsTakenOverAndDoneOnce() throws Exception {
        String suffix = suffix();
        StringBuilder rows = new StringBuilder(PETITION_HEADER);
        for (int i = 1; i <= 5; i++) {
            rows.append("Phản ánh;Môi trường;ABINH;Nút chết ").append(suffix).append(" số ").append(i).append(";Nội dung;;;;;;\n");
        }
        long id = recorded("anbinh.canbo", LongWorkRequest.upload("petition-import", "petition.import.jobTitle", Map.of(),
                "don.csv", rows.toString().getBytes(StandardCharsets.UTF_8), 5));
        scheduler.scheduleIfNotExists(LongWorkTask.LONG_WORK.instance(Long.toString(id)).data(id)
                .scheduledTo(Instant.now().plus(Duration.ofHours(1))));
        OffsetDateTime anHourAgo = OffsetDateTime.now().minusHours(1);
        assertThat(jdbc.sql("""
                update scheduled_tasks set picked = true, picked_by = 'node-that-died', last_heartbeat = :t,
                       execution_time = :t, version = version + 1
                 where task_name = 'long-work' and task_instance = :id""")
                .param("t", anHourAgo).param("id", Long.toString(id)).update()).isEqualTo(1);
        jdbc.sql("""
                update long_work set state = 'RUNNING', attempts = 1, started_at = :t, done_count = 2, total_count = 5
                 where id = :id""").param("t", anHourAgo).param("id", id).update();

        assertThat(waitForEnd(id)).isEqualTo("DONE");
        assertThat(petitionsTitled(suffix)).isEqualTo(5);
        assertThat(jdbc.sql("select attempts from long_work where id = :id").param("id", id).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(runner.run(id)).as("an ended job never runs again").isFalse();
        Thread.sleep(3000);
        assertThat(petitionsTitled(suffix)).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'long-work' and task_instance = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isZero();
    }

    // ------------------------------------------------------------------ cleanup

    @Test
    void jobsEndedLongerAgoThanKeptAreRemovedWithTheirFiles(CapturedOutput output) throws Exception {
        String word = "KX" + suffix();
        petitions(word, "LO" + suffix());
        long old = started(mvc.perform(get("/petitions/export").param("q", word)
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isSeeOther()).andReturn());
        long recent = started(mvc.perform(get("/petitions/export").param("q", word)
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isSeeOther()).andReturn());
        waitForEnd(old);
        waitForEnd(recent);
        Path folder = dataDir.resolve("long-work").resolve(Long.toString(old));
        assertThat(Files.list(folder).count()).isEqualTo(1);
        jdbc.sql("update long_work set finished_at = :t where id = :id").param("t", OffsetDateTime.now().minusDays(8))
                .param("id", old).update();
        Path recentFolder = dataDir.resolve("long-work").resolve(Long.toString(recent));
        try (var files = Files.list(recentFolder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        mvc.perform(get("/jobs/{id}/file", recent).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isNotFound());
        assertThat(output.getAll()).as("a file that should be there and is not is an error, logged with its key")
                .contains("Stored file missing from the store: long-work/" + recent + "/");
        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);
        assertThat(Files.exists(folder)).isFalse();
        assertThat(jdbc.sql("select count(*) from long_work where id = :id").param("id", old).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from long_work where id = :id").param("id", recent).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get("/jobs/{id}", old).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isNotFound());
    }

    // ------------------------------------------------------------------ helpers

    private long recorded(String username, LongWorkRequest request) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        try {
            return service.record(request);
        } finally {
            SecurityContextHolder.setContext(previous);
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private byte[] file(long id, String username) throws Exception {
        return mvc.perform(get("/jobs/{id}/file", id).with(SignedIn.as(context, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private long doneCount(long id) {
        return jdbc.sql("select done_count from long_work where id = :id").param("id", id).query(Long.class).single();
    }

    private static long started(MvcResult result) {
        String location = result.getResponse().getHeader("Location");
        assertThat(location).matches("/jobs/\\d+");
        return Long.parseLong(location.substring("/jobs/".length()));
    }

    private String waitForEnd(long id) throws InterruptedException {
        return JobEnds.waitFor(jdbc, id, WAIT);
    }

    private String page(long id, String username) throws Exception {
        return mvc.perform(get("/jobs/{id}", id).with(SignedIn.as(context, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long petitionsTitled(String suffix) {
        return jdbc.sql("select count(*) from petition where title like :t").param("t", "%" + suffix + "%")
                .query(Long.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
