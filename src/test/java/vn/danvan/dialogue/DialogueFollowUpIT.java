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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.OrganisationFixture;

/**
 * The follow-up of a conference through the screens: postponed and cancelled with reasons (the portal
 * shows them), stale forms refused with a clear message, the chair chosen among the people of the
 * host unit and its parent, dates typed as dd/MM/yyyy and HH:mm, the private attendee list of the host
 * unit's staff, commitment due dates not before the conference, and progress notes shown on the portal.
 */
@DanVanIntegrationTest
class DialogueFollowUpIT {

    private static final String OFFICER = "anbinh.canbo";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    DialogueFollowUpIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private long schedule(String topic, LocalDateTime startsAt) throws Exception {
        mvc.perform(post("/dialogue").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("kind", "DIALOGUE").param("chairPersonId", String.valueOf(DialogueIT.chairOfAnBinh(jdbc)))
                .param("startsDate", startsAt.format(DanVanTime.DATE)).param("startsTime", startsAt.format(DialogueIT.HOUR))
                .param("place", "Hội trường UBND xã An Bình").param("topic", topic))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "dialogue.done.scheduled"));
        return jdbc.sql("select id from dialogue_conference where topic = :t").param("t", topic).query(Long.class)
                .single();
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + " from dialogue_conference where id = :id").param("id", id)
                .query(String.class).list().get(0);
    }

    private boolean shortNotice(long id) {
        return jdbc.sql("select short_notice from dialogue_conference where id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from dialogue_conference where id = :id").param("id", id).query(Long.class)
                .single();
    }

    private ResultActions postpone(long id, String date, String time, String reason, long version) throws Exception {
        return mvc.perform(post("/dialogue/{id}/postpone", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("postponeDate", date).param("postponeTime", time).param("postponeReason", reason)
                .param("version", String.valueOf(version)));
    }

    private LocalDateTime inDays(int days) {
        return LocalDate.now(clock).plusDays(days).atTime(8, 0);
    }

    @Test
    void aPostponementNeedsADateAndAReasonThenMovesTheConferenceAndThePortalShowsItWithTheReason() throws Exception {
        String topic = "Hoãn hội nghị " + UUID.randomUUID();
        long id = schedule(topic, inDays(40));
        assertThat(shortNotice(id)).isFalse();

        postpone(id, "31/02/2027", "25:00", "", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("Hãy nhập giờ theo dạng giờ:phút")))
                .andExpect(content().string(containsString("value=\"31/02/2027\"")))
                .andExpect(content().string(containsString("value=\"25:00\"")));
        // a value that does not convert is reported first; the reason once the date and time read
        postpone(id, inDays(50).format(DanVanTime.DATE), "8:30", "", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập lý do hoãn.")))
                .andExpect(content().string(containsString("value=\"08:30\"")));
        assertThat(column(id, "status")).isEqualTo("PLANNED");

        LocalDateTime soon = inDays(1).withHour(14).withMinute(30);
        String reason = "Trùng lịch bầu cử " + UUID.randomUUID();
        postpone(id, soon.format(DanVanTime.DATE), "14:30", reason, 0).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("shortNotice", true));
        assertThat(column(id, "status")).isEqualTo("POSTPONED");
        assertThat(column(id, "postponed_reason")).isEqualTo(reason);
        assertThat(shortNotice(id)).isTrue();
        assertThat(jdbc.sql("select starts_at from dialogue_conference where id = :id").param("id", id)
                .query(LocalDateTime.class).single()).isEqualTo(soon);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry e join audit_change c on c.entry_id = e.id
                 where e.entity_type = 'dialogue_conference' and e.entity_id = :id and c.after_value = 'POSTPONED'
                """).param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/portal/dialogues")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã hoãn, lý do: " + reason)))
                .andExpect(content().string(containsString(soon.format(DanVanTime.DATE) + " 14:30")));

        // moved again, now far ahead: the short-notice warning is worked out again and goes away
        postpone(id, inDays(60).format(DanVanTime.DATE), "08:00", "Chờ ý kiến huyện", 1)
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("shortNotice", org.hamcrest.Matchers.nullValue()));
        assertThat(shortNotice(id)).isFalse();
    }

    @Test
    void aStaleFormIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        long id = schedule("Phiên bản cũ " + UUID.randomUUID(), inDays(40));
        postpone(id, inDays(50).format(DanVanTime.DATE), "08:00", "Lý do thứ nhất", 0)
                .andExpect(status().is3xxRedirection());
        postpone(id, inDays(55).format(DanVanTime.DATE), "09:00", "Lý do thứ hai", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hội nghị vừa được người khác cập nhật")));
        mvc.perform(post("/dialogue/{id}/cancel", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("cancelReason", "Hủy").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hội nghị vừa được người khác cập nhật")));
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "10").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hội nghị vừa được người khác cập nhật")));
        assertThat(column(id, "postponed_reason")).isEqualTo("Lý do thứ nhất");
        assertThat(column(id, "status")).isEqualTo("POSTPONED");
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void aCancellationNeedsAReasonIsFinalAndThePortalShowsItWithTheReason() throws Exception {
        long id = schedule("Hủy hội nghị " + UUID.randomUUID(), inDays(40));
        mvc.perform(post("/dialogue/{id}/cancel", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("cancelReason", " ").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập lý do hủy.")));
        assertThat(column(id, "status")).isEqualTo("PLANNED");
        String reason = "Bão số 9 " + UUID.randomUUID();
        mvc.perform(post("/dialogue/{id}/cancel", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("cancelReason", reason).param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(column(id, "status")).isEqualTo("CANCELLED");
        mvc.perform(get("/portal/dialogues")).andExpect(content().string(containsString("Đã hủy, lý do: " + reason)));
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(content().string(containsString(reason)))
                .andExpect(content().string(not(containsString("id=\"postpone-form\""))));
        postpone(id, inDays(50).format(DanVanTime.DATE), "08:00", "Tổ chức lại", 1).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể ghi nhận khi hội nghị đang ở tình trạng “Đã hủy”.")));
        assertThat(column(id, "status")).isEqualTo("CANCELLED");
        mvc.perform(post("/dialogue/{id}/cancel", id).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("cancelReason", "x").param("version", "1")).andExpect(status().isForbidden());
    }

    @Test
    void theChairIsChosenAmongThePeopleOfTheHostAndItsParentUnitAndStoredWithTitle() throws Exception {
        mvc.perform(get("/dialogue/new").with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trần Văn Bình - Chủ tịch UBND xã An Bình")))
                .andExpect(content().string(containsString("Đoàn Văn Đông - Chủ tịch UBND huyện")))
                .andExpect(content().string(not(containsString("Phạm Minh Tuấn"))))
                .andExpect(content().string(not(containsString("type=\"date"))))
                .andExpect(content().string(not(containsString("datetime-local"))))
                .andExpect(content().string(containsString("<option value=\"" + DialogueIT.chairOfAnBinh(jdbc)
                        + "\" selected=\"selected\">Trần Văn Bình")));
        String topic = "Chủ trì " + UUID.randomUUID();
        long id = schedule(topic, inDays(40));
        assertThat(column(id, "chair_name")).isEqualTo("Trần Văn Bình, Chủ tịch UBND xã An Bình");
        assertThat(jdbc.sql("select chair_person_id from dialogue_conference where id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(DialogueIT.chairOfAnBinh(jdbc));

        long outsider = jdbc.sql("select min(id) from person where full_name = 'Phạm Minh Tuấn'").query(Long.class)
                .single();
        String refused = "Người ngoài " + UUID.randomUUID();
        mvc.perform(post("/dialogue").with(SignedIn.as(context, OFFICER)).with(csrf()).param("kind", "DIALOGUE")
                .param("chairPersonId", String.valueOf(outsider)).param("startsDate", "17/02/2099")
                .param("startsTime", "8:30").param("place", "Hội trường").param("topic", refused))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn người chủ trì trong danh sách.")))
                .andExpect(content().string(containsString("value=\"17/02/2099\"")))
                // 8:30 is read, and shown back as the form writes times
                .andExpect(content().string(containsString("value=\"08:30\"")));
        mvc.perform(post("/dialogue").with(SignedIn.as(context, OFFICER)).with(csrf()).param("kind", "DIALOGUE")
                .param("chairPersonId", String.valueOf(DialogueIT.chairOfAnBinh(jdbc))).param("startsDate", "2099-02-17")
                .param("startsTime", "8h").param("place", "Hội trường").param("topic", refused))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập giờ theo dạng giờ:phút")))
                .andExpect(content().string(containsString("value=\"8h\"")));
        assertThat(jdbc.sql("select count(*) from dialogue_conference where topic = :t").param("t", refused)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theAttendeeListIsForTheHostUnitsStaffOnlyAndTheAttendanceMayNotBeSmallerThanIt() throws Exception {
        String topic = "Danh sách người dự " + UUID.randomUUID();
        long id = schedule(topic, inDays(40));
        mvc.perform(post("/dialogue/{id}/attendees", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("fullName", " ").param("address", "ấp Cây Khô")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập họ và tên người dự.")))
                .andExpect(content().string(containsString("value=\"" + HtmlUtils.htmlEscape("ấp Cây Khô") + "\"")));
        for (String name : new String[] {"Nguyễn Văn Dự Một", "Trần Thị Dự Hai", "Lê Văn Dự Ba"}) {
            mvc.perform(post("/dialogue/{id}/attendees", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                    .param("fullName", name).param("address", "ấp Cây Khô")).andExpect(status().is3xxRedirection());
        }
        long third = jdbc.sql("select id from dialogue_attendee where conference_id = :c and full_name = 'Lê Văn Dự Ba'")
                .param("c", id).query(Long.class).single();
        mvc.perform(post("/dialogue/{id}/attendees/{a}/remove", id, third).with(SignedIn.as(context, OFFICER))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/dialogue/{id}/attendees", id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn Dự Một")))
                .andExpect(content().string(containsString("Trần Thị Dự Hai")))
                .andExpect(content().string(not(containsString("Lê Văn Dự Ba"))));

        // the district's Home Affairs may see the conference, not the list; another unit sees neither
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, "noivu"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("attendees-link"))));
        mvc.perform(get("/dialogue/{id}/attendees", id).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dialogue/{id}/attendees", id).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/{id}/attendees", id).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("fullName", "Kẻ Lạ")).andExpect(status().isForbidden());

        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "1").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Số người dự không được nhỏ hơn số người trong danh sách người dự.")));
        assertThat(column(id, "status")).isEqualTo("PLANNED");
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "2").param("secretaryName", "x".repeat(201)).param("version", "0"))
                .andExpect(status().isOk());
        assertThat(column(id, "status")).isEqualTo("PLANNED");
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "2").param("secretaryName", "  Lê Thị Hoa ").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(column(id, "secretary_name")).isEqualTo("Lê Thị Hoa");
        mvc.perform(post("/dialogue/{id}/attendees", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("fullName", "Người Thứ Ba")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Danh sách đã bằng số người dự đã ghi nhận")));

        mvc.perform(get("/portal/dialogues")).andExpect(content().string(containsString(topic)))
                .andExpect(content().string(not(containsString("Dự Một"))))
                .andExpect(content().string(not(containsString("Dự Hai"))));
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(content().string(not(containsString("Dự Một"))));
        byte[] docx = mvc.perform(get("/dialogue/{id}/minutes.docx", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(topic).doesNotContain("Dự Một", "Dự Hai", "Cây Khô");
            // the secretary signs on the left and the chair on the right, each with the full name alone
            var closing = document.getTables().get(document.getTables().size() - 1);
            String chair = jdbc.sql("select full_name from person where id = :id")
                    .param("id", DialogueIT.chairOfAnBinh(jdbc)).query(String.class).single();
            assertThat(closing.getRow(0).getCell(0).getText()).contains("THƯ KÝ", "(Ký, ghi rõ họ tên)", "Lê Thị Hoa");
            assertThat(closing.getRow(0).getCell(1).getText()).contains("CHỦ TRÌ HỘI NGHỊ", chair)
                    .doesNotContain(chair + ",");
            assertThat(closing.getRow(1).getCell(0).getText()).startsWith("Nơi nhận:");
        }
        byte[] pdf = mvc.perform(get("/dialogue/{id}/minutes.pdf", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder pdfText = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pdfText.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(pdfText.toString()).contains("THƯ KÝ", "Lê Thị Hoa", "CHỦ TRÌ HỘI NGHỊ");
        assertThat(jdbc.sql("""
                select count(*) from audit_change c join audit_entry e on e.id = c.entry_id
                 where e.entity_type = 'dialogue_attendee' and (c.after_value like '%Dự%' or c.before_value like '%Dự%')
                """).query(Long.class).single()).isZero();
    }

    @Test
    void aCommitmentDueBeforeTheConferenceIsRefusedAndProgressNotesAreShownOnThePortalWithoutTheirAuthor()
            throws Exception {
        String topic = "Cam kết và tiến độ " + UUID.randomUUID();
        long id = schedule(topic, inDays(40));
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "30").param("version", "0")).andExpect(status().is3xxRedirection());
        // held now (the date recorded is the planned one, 40 days ahead): a due date before it is refused
        long unit = OrganisationFixture.of(context).unit("ABINH");
        String promise = "Sửa cầu ấp 3 " + UUID.randomUUID();
        String early = inDays(39).format(DanVanTime.DATE);
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("content", promise).param("ownerUnitId", String.valueOf(unit)).param("dueDate", early))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thời hạn không được trước ngày tổ chức hội nghị.")))
                .andExpect(content().string(containsString("value=\"" + early + "\"")));
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("content", promise).param("ownerUnitId", String.valueOf(unit)).param("dueDate", "30/13/2099"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"30/13/2099\"")));
        assertThat(jdbc.sql("select count(*) from dialogue_commitment where conference_id = :c").param("c", id)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("content", promise).param("ownerUnitId", String.valueOf(unit))
                .param("dueDate", inDays(90).format(DanVanTime.DATE))).andExpect(status().is3xxRedirection());
        long commitment = jdbc.sql("select id from dialogue_commitment where conference_id = :c").param("c", id)
                .query(Long.class).single();

        mvc.perform(post("/dialogue/{id}/commitments/{m}/notes", id, commitment).with(SignedIn.as(context, OFFICER))
                .with(csrf()).param("note", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nội dung tiến độ.")));
        mvc.perform(post("/dialogue/{id}/commitments/{m}/notes", id, commitment).with(SignedIn.as(context, OFFICER))
                .with(csrf()).param("note", "x".repeat(2001))).andExpect(status().isOk())
                .andExpect(content().string(containsString("không được dài quá 2.000 ký tự")));
        String note = "Đã khảo sát, chờ vốn " + UUID.randomUUID();
        mvc.perform(post("/dialogue/{id}/commitments/{m}/notes", id, commitment).with(SignedIn.as(context, OFFICER))
                .with(csrf()).param("note", note)).andExpect(status().is3xxRedirection());
        String today = LocalDate.now(clock.withZone(DanVanTime.ZONE)).format(DanVanTime.DATE);
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(content().string(containsString(today + ": " + note)));
        mvc.perform(get("/portal/dialogues")).andExpect(content().string(containsString(today + ": " + note)))
                .andExpect(content().string(not(containsString(OFFICER))));
        mvc.perform(post("/dialogue/{id}/commitments/{m}/notes", id, commitment)
                .with(SignedIn.as(context, "tnmt.truong")).with(csrf()).param("note", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPetitionFromAQuestionLinksBackToTheConferenceAndItsPublicLookupShowsNoAsker() throws Exception {
        String topic = "Đường liên ấp " + UUID.randomUUID();
        LocalDateTime at = inDays(40);
        long id = schedule(topic, at);
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "25").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialogue/{id}/questions", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("askerName", "Đặng Văn Giấu Tên").param("askerAddress", "ấp Bàu Sen Kín")
                .param("question", "Đề nghị trải nhựa đường liên ấp").param("toPetition", "true"))
                .andExpect(status().is3xxRedirection());
        var petition = jdbc.sql("select petition_id, petition_code from dialogue_question where conference_id = :c")
                .param("c", id).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        mvc.perform(get("/petitions/{p}", petition[0]).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tạo từ câu hỏi tại hội nghị đối thoại &quot;" + topic
                        + "&quot; ngày " + at.format(DanVanTime.DATE))))
                .andExpect(content().string(containsString("href=\"/dialogue/" + id + "\"")));
        mvc.perform(get("/portal/petitions/lookup").param("code", (String) petition[1])).andExpect(status().isOk())
                .andExpect(content().string(containsString((String) petition[1])))
                .andExpect(content().string(not(containsString("Giấu Tên"))))
                .andExpect(content().string(not(containsString("Bàu Sen Kín"))))
                .andExpect(content().string(not(containsString("/dialogue/" + id))));
    }

    @Test
    void theMinutesTakeANumberFromTheRegisterOnceAndLaterDownloadsReuseIt() throws Exception {
        String topic = "Biên bản có số " + UUID.randomUUID();
        long id = schedule(topic, inDays(40));
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "12").param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(column(id, "minutes_number")).isNull();
        byte[] first = mvc.perform(get("/dialogue/{id}/minutes.docx", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String number = column(id, "minutes_number");
        assertThat(number).matches("\\d+/BB-UBND");
        mvc.perform(get("/portal/dialogues/{id}/minutes.pdf", id)).andExpect(status().isOk());
        mvc.perform(get("/dialogue/{id}/minutes.pdf", id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk());
        assertThat(column(id, "minutes_number")).isEqualTo(number);
        assertThat(jdbc.sql("""
                select count(*) from document_register where reference_type = 'DialogueConference' and reference_id = :id
                """).param("id", id).query(Long.class).single()).isEqualTo(1);
        String word;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(first));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        assertThat(word).contains(number.substring(0, number.indexOf('/')), "BB-UBND", "I. THÀNH PHẦN",
                "Số người dân tham dự: 12.", "Không có ý kiến.", "Không có cam kết.", topic);
        mvc.perform(get("/dialogue/{id}", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(content().string(containsString(number)));
    }

    @Test
    void minutesFirstDownloadedFromThePortalAreNumberedTooAndTheStaffGetTheSameNumber() throws Exception {
        long id = schedule("Biên bản tải từ cổng " + UUID.randomUUID(), inDays(40));
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "8").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/dialogues/{id}/minutes.pdf", id)).andExpect(status().isOk());
        String number = column(id, "minutes_number");
        assertThat(number).endsWith("/BB-UBND");
        mvc.perform(get("/dialogue/{id}/minutes.docx", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk());
        assertThat(column(id, "minutes_number")).isEqualTo(number);
        assertThat(jdbc.sql("""
                select count(*) from document_register where reference_type = 'DialogueConference' and reference_id = :id
                """).param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCommitmentIsClosedOnceAndAnOtherCloseLoadedBeforeLosesTheRace() throws Exception {
        long id = schedule("Cam kết đóng một lần " + UUID.randomUUID(), inDays(40));
        mvc.perform(post("/dialogue/{id}/hold", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("attendance", "30").param("version", "0")).andExpect(status().is3xxRedirection());
        long unit = jdbc.sql("select id from unit where code = 'ABINH'").query(Long.class).single();
        mvc.perform(post("/dialogue/{id}/commitments", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("content", "Lắp đèn đường ấp 2").param("ownerUnitId", String.valueOf(unit))
                .param("dueDate", inDays(90).format(DanVanTime.DATE))).andExpect(status().is3xxRedirection());
        long commitment = jdbc.sql("select id from dialogue_commitment where conference_id = :c").param("c", id)
                .query(Long.class).single();
        CommitmentRepository repository = context.getBean(CommitmentRepository.class);
        Commitment loadedBefore = repository.find(commitment).orElseThrow();

        mvc.perform(post("/dialogue/{id}/commitments/{m}/close", id, commitment).with(SignedIn.as(context, OFFICER))
                .with(csrf()).param("status", "DONE")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialogue/{id}/commitments/{m}/close", id, commitment).with(SignedIn.as(context, OFFICER))
                .with(csrf()).param("status", "DROPPED").param("reason", "Hết kinh phí")).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Không thể ghi nhận khi cam kết đang ở tình trạng “Đã thực hiện”.")));
        // a close that read the commitment while still open is not saved over the one that won
        loadedBefore.drop("Hết kinh phí");
        assertThat(repository.save(loadedBefore, CommitmentStatus.OPEN)).isFalse();
        assertThat(jdbc.sql("select status from dialogue_commitment where id = :id").param("id", commitment)
                .query(String.class).single()).isEqualTo("DONE");
        assertThat(jdbc.sql("select dropped_reason from dialogue_commitment where id = :id").param("id", commitment)
                .query(String.class).optional()).isEmpty();
    }
}
