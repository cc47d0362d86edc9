package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.OrganisationFixture;

/**
 * A conference scheduled and held through the screens by An Bình's officer, listed on the public
 * portal without sign-in; short notice warned but saved; bad input refused on its field with nothing
 * saved; another unit's staff refused.
 */
@DanVanIntegrationTest
class DialogueIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;
    @Autowired
    DialogueIndicators indicators;
    @Autowired
    CommitmentEscalation escalation;

    @Autowired
    DialogueIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private ResultActions schedule(String username, String topic, LocalDateTime startsAt) throws Exception {
        return mvc.perform(post("/dialogue").with(SignedIn.as(context, username)).with(csrf())
                .param("kind", "DIALOGUE").param("chairPersonId", String.valueOf(chairOfAnBinh(jdbc)))
                .param("startsDate", startsAt == null ? "" : startsAt.format(DanVanTime.DATE))
                .param("startsTime", startsAt == null ? "" : startsAt.format(HOUR))
                .param("place", "Hội trường UBND xã An Bình").param("topic", topic)
                .param("audience", "Nhân dân ấp 3"));
    }

    static final java.time.format.DateTimeFormatter HOUR = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    /** The demo chairman of An Bình, Trần Văn Bình. */
    static long chairOfAnBinh(JdbcClient jdbc) {
        return jdbc.sql("""
                select min(p.id) from person p join unit u on u.id = p.unit_id
                 where u.code = 'ABINH' and p.full_name = 'Trần Văn Bình'
                """).query(Long.class).single();
    }

    private long idOf(String topic) {
        return jdbc.sql("select id from dialogue_conference where topic = :t").param("t", topic).query(Long.class)
                .single();
    }

    private long count(String topic) {
        return jdbc.sql("select count(*) from dialogue_conference where topic = :t").param("t", topic)
                .query(Long.class).single();
    }

    @Test
    void theOfficerSchedulesAndHoldsAConferenceAndThePortalListsItWithoutSignIn() throws Exception {
        String topic = "Giải phóng mặt bằng đường ĐT741 " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("shortNotice", org.hamcrest.Matchers.nullValue()));
        long id = idOf(topic);

        mvc.perform(get("/portal/dialogues")).andExpect(status().isOk())
                .andExpect(content().string(containsString(topic)));

        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("attendance", "85").param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from dialogue_conference where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("HELD");
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tổ chức")))
                .andExpect(content().string(containsString("85")));
        mvc.perform(get("/portal/dialogues")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số người dự: 85")));
    }

    @Test
    void aConferenceAnnouncedLessThanFiveWorkingDaysAheadIsSavedWithTheWarning() throws Exception {
        String topic = "Tiếp công dân định kỳ " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(1)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("shortNotice", true));
        long id = idOf(topic);
        assertThat(jdbc.sql("select short_notice from dialogue_conference where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("Thông báo chưa đủ 5 ngày làm việc")));
    }

    @Test
    void aMissingTopicOrAStartInThePastIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
        long before = jdbc.sql("select count(*) from dialogue_conference").query(Long.class).single();
        schedule("anbinh.canbo", "", LocalDateTime.now(clock).plusDays(30)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nội dung đối thoại.")));
        String topic = "Họp dân đã qua " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).minusDays(2)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thời gian tổ chức không được ở trong quá khứ.")));
        assertThat(jdbc.sql("select count(*) from dialogue_conference").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void negativeAttendanceIsRefusedNextToTheFieldAndTheConferenceStaysPlanned() throws Exception {
        String topic = "Xây dựng nông thôn mới " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30));
        long id = idOf(topic);
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("attendance", "-3").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số người dự không được âm.")));
        assertThat(jdbc.sql("select status from dialogue_conference where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("PLANNED");
    }

    @Test
    void staffOfAnotherUnitGet403AndSeeNothingOfAnBinhsConference() throws Exception {
        String topic = "Đối thoại về đất đai " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30));
        long id = idOf(topic);
        // no officer account of An Linh exists among the demo accounts: TNMT's head stands for another unit
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("attendance", "10").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/dialogue").with(SignedIn.as(context, "tnmt.truong"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(topic))));
        assertThat(count(topic)).isEqualTo(1);
    }

    @Test
    void anOverdueCommitmentOfAUnitWithoutAHeadIsEscalatedOnceAHeadIsNamed() throws Exception {
        String topic = "Chiếu sáng đường ấp " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30));
        long id = idOf(topic);
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("attendance", "25").param("version", "0")).andExpect(status().is3xxRedirection());
        long unit = OrganisationFixture.of(context).unit("ABINH");
        String promise = "Lắp đèn đường ấp 3 " + UUID.randomUUID();
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("content", promise).param("ownerUnitId", String.valueOf(unit))
                .param("dueDate", java.time.LocalDate.now(clock).plusDays(40).format(DanVanTime.DATE)))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("update dialogue_commitment set due_date = :d where content = :c")
                .param("d", java.time.LocalDate.now(clock).minusDays(3)).param("c", promise).update();
        long commitment = jdbc.sql("select id from dialogue_commitment where content = :c").param("c", promise)
                .query(Long.class).single();
        var today = java.time.LocalDate.now(clock);
        java.util.List<Long> heads = OrganisationFixture.of(context).withoutHeads(unit, () -> {
            escalation.run(today);
            assertThat(escalationsRecorded(commitment)).isZero();
        });
        assertThat(heads).isNotEmpty();

        escalation.run(today);
        escalation.run(today);

        assertThat(escalationsRecorded(commitment)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                 where a.username = 'anbinh.truong' and n.body like :body
                """).param("body", "%" + promise + "%").query(Long.class).single()).isEqualTo(1);
    }

    private long escalationsRecorded(long commitment) {
        return jdbc.sql("select count(*) from notice_sent where topic = 'dialogue.commitment' and subject_id = :c")
                .param("c", commitment).query(Long.class).single();
    }

    @Test
    void anOverdueCommitmentIsFlaggedInRedAndListedOnTheHostsNextConference() throws Exception {
        String topic = "Nước sạch nông thôn " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30));
        long id = idOf(topic);
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("attendance", "40").param("version", "0")).andExpect(status().is3xxRedirection());
        long unit = OrganisationFixture.of(context).unit("ABINH");
        String promise = "Lắp đường ống nước ấp 2 " + UUID.randomUUID();
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("content", promise).param("ownerUnitId", String.valueOf(unit))
                .param("dueDate", java.time.LocalDate.now(clock).plusDays(40).format(DanVanTime.DATE)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString(promise)))
                .andExpect(content().string(not(containsString("dv-overdue"))));

        jdbc.sql("update dialogue_commitment set due_date = :d where content = :c")
                .param("d", java.time.LocalDate.now(clock).minusDays(3)).param("c", promise).update();
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("table-danger")))
                .andExpect(content().string(containsString("Quá hạn")));

        String next = "Hội nghị quý sau " + UUID.randomUUID();
        schedule("anbinh.canbo", next, LocalDateTime.now(clock).plusDays(60));
        mvc.perform(get("/dialogue/{id}", idOf(next)).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("overdue-agenda")))
                .andExpect(content().string(containsString(promise)));
        mvc.perform(get("/portal/dialogues")).andExpect(content().string(containsString(promise)));

        var today = java.time.LocalDate.now(clock);
        escalation.run(today);
        escalation.run(today);
        assertThat(jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                 where a.username = 'anbinh.truong' and n.body like :body and n.link = :link
                """).param("body", "%" + promise + "%").param("link", "/dialogue/" + id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                 where a.username = 'anbinh.canbo' and n.body like :body
                """).param("body", "%" + promise + "%").query(Long.class).single()).isZero();
        var values = indicators.values(unit, today.minusDays(30), today);
        assertThat(values).filteredOn(v -> v.code().equals(DialogueIndicators.COMMITMENTS_OVERDUE))
                .singleElement().satisfies(v -> assertThat(v.value()).isGreaterThanOrEqualTo(java.math.BigDecimal.ONE));
    }

    @Test
    void aCommitmentIsRefusedBeforeTheConferenceIsHeldAndNothingIsSaved() throws Exception {
        String topic = "Chưa tổ chức " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30));
        long id = idOf(topic);
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("content", "Sửa cầu").param("ownerUnitId", "1")
                .param("dueDate", java.time.LocalDate.now(clock).plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ ghi nhận cam kết sau khi hội nghị đã tổ chức.")));
        assertThat(jdbc.sql("select count(*) from dialogue_commitment where conference_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    /** The views of a conference's askers recorded in the audit. */
    private long askerViews(long conferenceId) {
        return jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'dialogue_conference' and entity_id = :id
                   and action = 'VIEW_PERSONAL_DATA'""").param("id", String.valueOf(conferenceId)).query(Long.class)
                .single();
    }

    @Test
    void aQuestionIsAnsweredOnTheSpotAnotherBecomesALinkedDialoguePetitionAndThePortalShowsNoAsker() throws Exception {
        String topic = "Chỉnh trang đô thị " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30));
        long id = idOf(topic);
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("attendance", "60").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialogue/{id}/questions", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("askerName", "Nguyễn Văn Ẩn Danh").param("askerAddress", "ấp Bình Thắng")
                .param("question", "Khi nào làm đèn đường ấp 4?").param("answer", "Quý II năm sau sẽ lắp đặt."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialogue/{id}/questions", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("askerName", "Trần Thị Kín Tên").param("question", "Đề nghị nạo vét kênh tiêu ấp 5")
                .param("toPetition", "true")).andExpect(status().is3xxRedirection());

        var row = jdbc.sql("""
                select q.petition_id, q.petition_code, p.channel, p.code from dialogue_question q
                  join petition p on p.id = q.petition_id where q.conference_id = :id
                """).param("id", id).query((rs, n) -> new String[] {rs.getString("petition_code"),
                        rs.getString("channel"), rs.getString("code")}).single();
        assertThat(row[1]).isEqualTo("DIALOGUE");
        assertThat(row[0]).isEqualTo(row[2]);
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("Quý II năm sau sẽ lắp đặt.")))
                .andExpect(content().string(containsString("Đã chuyển thành kiến nghị " + row[0])))
                .andExpect(content().string(not(containsString("Ẩn Danh"))))
                .andExpect(content().string(containsString("id=\"show-askers\"")));
        // the askers only on request, by the host unit's staff, each view audited
        long viewsBefore = askerViews(id);
        for (String outsider : List.of("noivu", "chutich", "admin")) {
            mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, outsider)))
                    .andExpect(content().string(not(containsString("Ẩn Danh"))));
            mvc.perform(get("/dialogue/{id}/askers", id).with(SignedIn.as(context, outsider)))
                    .andExpect(status().isForbidden()).andExpect(content().string(not(containsString("Ẩn Danh"))));
        }
        assertThat(askerViews(id)).isEqualTo(viewsBefore);
        mvc.perform(get("/dialogue/{id}/askers", id).header("HX-Request", "true")
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn Ẩn Danh")))
                .andExpect(content().string(containsString("Trần Thị Kín Tên")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(askerViews(id)).isEqualTo(viewsBefore + 1);
        mvc.perform(get("/portal/dialogues")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quý II năm sau sẽ lắp đặt.")))
                .andExpect(content().string(containsString(row[0])))
                .andExpect(content().string(not(containsString("Ẩn Danh"))))
                .andExpect(content().string(not(containsString("Kín Tên"))))
                .andExpect(content().string(not(containsString("Bình Thắng"))));

        long unit = OrganisationFixture.of(context).unit("ABINH");
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("content", "Lắp đèn đường ấp 4").param("ownerUnitId", String.valueOf(unit))
                .param("dueDate", java.time.LocalDate.now(clock).plusDays(90).toString()))
                .andExpect(status().is3xxRedirection());

        byte[] docx = mvc.perform(get("/dialogue/{id}/minutes.docx", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String word;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        assertThat(word).contains("BIÊN BẢN", topic, "Quý II năm sau sẽ lắp đặt.", "Lắp đèn đường ấp 4", row[0], "60")
                .doesNotContain("Ẩn Danh", "Kín Tên", "Bình Thắng");

        for (String url : List.of("/dialogue/{id}/minutes.pdf", "/portal/dialogues/{id}/minutes.pdf")) {
            var request = get(url, id);
            if (url.startsWith("/dialogue")) {
                request = request.with(SignedIn.as(context, "anbinh.canbo"));
            }
            byte[] pdf = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray();
            StringBuilder text = new StringBuilder();
            var reader = new com.lowagie.text.pdf.PdfReader(pdf);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            reader.close();
            String flat = text.toString().replaceAll("\\s+", " ");
            assertThat(flat).contains(topic, "Quý II năm sau sẽ lắp đặt.", "Lắp đèn đường ấp 4")
                    .doesNotContain("Ẩn Danh", "Kín Tên", "Bình Thắng");
        }
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void wrongTypedOrOverLongInputComesBackOnItsFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
        long conferences = rows("dialogue_conference");
        mvc.perform(post("/dialogue").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("kind", "XSS").param("chairPersonId", String.valueOf(chairOfAnBinh(jdbc)))
                .param("startsDate", "31/02/2026").param("startsTime", "8h").param("place", "Hội trường")
                .param("topic", "Đường ấp 5")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("Hãy nhập giờ theo dạng giờ:phút")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")))
                .andExpect(content().string(containsString("value=\"8h\"")));
        mvc.perform(post("/dialogue").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("kind", "DIALOGUE").param("chairPersonId", String.valueOf(chairOfAnBinh(jdbc)))
                .param("startsDate", "17/02/2099").param("startsTime", "08:00").param("place", "Hội trường")
                .param("topic", "x".repeat(1001))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 1000 ký tự.")))
                .andExpect(content().string(containsString("value=\"17/02/2099\"")))
                .andExpect(content().string(containsString("x".repeat(1001))));
        assertThat(rows("dialogue_conference")).isEqualTo(conferences);

        String topic = "Nhập sai " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30)).andExpect(status().is3xxRedirection());
        long id = idOf(topic);
        // another unit's staff are refused before their input is even looked at
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("attendance", "abc").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("attendance", "abc").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        mvc.perform(post("/dialogue/{id}/postpone", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("postponeDate", "2099-02-30").param("postponeTime", "8:30")
                .param("postponeReason", "Mưa bão").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"2099-02-30\"")));
        mvc.perform(post("/dialogue/{id}/postpone", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("postponeDate", "2099-02-27").param("postponeTime", "8:30")
                .param("postponeReason", "y".repeat(2001)).param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lý do không được dài quá 2.000 ký tự.")))
                .andExpect(content().string(containsString("y".repeat(2001))));
        mvc.perform(post("/dialogue/{id}/cancel", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("cancelReason", "z".repeat(2001)).param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lý do không được dài quá 2.000 ký tự.")))
                .andExpect(content().string(containsString("z".repeat(2001))));
        assertThat(jdbc.sql("select status || '/' || version from dialogue_conference where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("PLANNED/0");

        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("attendance", "20").param("version", "0")).andExpect(status().is3xxRedirection());
        long questions = rows("dialogue_question");
        long petitions = rows("petition");
        mvc.perform(post("/dialogue/{id}/questions", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("askerName", "Ẩn Danh Thử").param("question", "Đèn đường?").param("toPetition", "XSS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn không hợp lệ.")));
        mvc.perform(post("/dialogue/{id}/questions", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("question", "q".repeat(4001)).param("toPetition", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 4000 ký tự.")))
                .andExpect(content().string(containsString("q".repeat(4001))));
        assertThat(rows("dialogue_question")).isEqualTo(questions);
        assertThat(rows("petition")).isEqualTo(petitions);

        long commitments = rows("dialogue_commitment");
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("content", "Sửa cầu").param("ownerUnitId", "abc").param("dueDate", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("content", "c".repeat(2001)).param("ownerUnitId", "-5").param("dueDate", "31/12/2099"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")))
                .andExpect(content().string(containsString("Vui lòng chọn đơn vị thực hiện.")))
                .andExpect(content().string(containsString("c".repeat(2001))));
        assertThat(rows("dialogue_commitment")).isEqualTo(commitments);

        long unit = OrganisationFixture.of(context).unit("ABINH");
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("content", "Sửa đèn").param("ownerUnitId", String.valueOf(unit))
                .param("dueDate", java.time.LocalDate.now(clock).plusDays(60).format(DanVanTime.DATE)))
                .andExpect(status().is3xxRedirection());
        long commitment = jdbc.sql("select id from dialogue_commitment where conference_id = :c").param("c", id)
                .query(Long.class).single();
        mvc.perform(post("/dialogue/{id}/commitments/{m}/close", id, commitment)
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()).param("status", "XSS")
                .param("reason", "Không đủ vốn")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.")));
        mvc.perform(post("/dialogue/{id}/commitments/{m}/close", id, commitment)
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()).param("status", "DROPPED")
                .param("reason", "r".repeat(2001))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")))
                .andExpect(content().string(containsString("r".repeat(2001))));
        mvc.perform(post("/dialogue/{id}/commitments/{m}/close", id, commitment)
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()).param("status", "DROPPED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập lý do không thực hiện.")));
        assertThat(jdbc.sql("select status from dialogue_commitment where id = :m").param("m", commitment)
                .query(String.class).single()).isEqualTo("OPEN");

        long attendees = rows("dialogue_attendee");
        mvc.perform(post("/dialogue/{id}/attendees", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("fullName", "n".repeat(201)).param("address", "a".repeat(501))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Họ và tên không được dài quá 200 ký tự.")))
                .andExpect(content().string(containsString("Địa chỉ không được dài quá 500 ký tự.")))
                .andExpect(content().string(containsString("n".repeat(201))));
        assertThat(rows("dialogue_attendee")).isEqualTo(attendees);
    }

    @Test
    void thePortalServesNoMinutesOfAConferenceNotYetHeld() throws Exception {
        String topic = "Chưa họp " + UUID.randomUUID();
        schedule("anbinh.canbo", topic, LocalDateTime.now(clock).plusDays(30));
        mvc.perform(get("/portal/dialogues/{id}/minutes.pdf", idOf(topic))).andExpect(status().isNotFound());
    }
}
