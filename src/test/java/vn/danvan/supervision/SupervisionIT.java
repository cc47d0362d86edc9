package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.Eventually.direct;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.Eventually;
import vn.danvan.SignedIn;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.legal.LegalRules;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.OrganisationFixture;

/**
 * Supervision through the screens: the Front files and sends, the addressed units answer each
 * recommendation (late answers flagged), overdue answers are escalated once to the unit's head and to the
 * leaders, the Front marks and publishes, the portal shows only what is published and no names; who sees
 * what; bad input refused in Vietnamese with nothing saved.
 */
@DanVanIntegrationTest
class SupervisionIT {

    private static final String FRONT = "mttq";
    /** The message of messages.properties for a date that does not exist (typeMismatch). */
    private static final String DATE_MESSAGE = "Hãy nhập ngày có thật theo dạng ngày/tháng/năm";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final LegalRules legalRules;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final SupervisionEscalation escalation;
    private final SupervisionIndicators indicators;

    @Autowired
    SupervisionIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock, WorkingCalendar calendar,
            SupervisionEscalation escalation, SupervisionIndicators indicators, LegalRules legalRules) {
        this.legalRules = legalRules;
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.escalation = escalation;
        this.indicators = indicators;
    }

    // ------------------------------------------------------------------ helpers

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    private long unit(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    private ResultActions file(String title, String action, String statedDue, List<String> units,
            String... recommendations) throws Exception {
        MockHttpServletRequestBuilder request = post("/supervision").with(SignedIn.as(context, FRONT)).with(csrf())
                .param("kind", "CONCLUSION").param("title", title)
                .param("content", "Qua giám sát, Ban Thường trực kiến nghị như sau.")
                .param("documentNumber", "05/KL-MTTQ").param("documentDate", today().format(DanVanTime.DATE))
                .param("action", action);
        if (statedDue != null) {
            request = request.param("statedDueDate", statedDue);
        }
        for (String code : units) {
            request = request.param("unitIds", String.valueOf(unit(code)));
        }
        for (String r : recommendations) {
            request = request.param("recommendations", r);
        }
        return mvc.perform(request);
    }

    /** Files and sends a request; its id. */
    private long sent(String title, String... units) throws Exception {
        file(title, "send", null, List.of(units), "Kiến nghị thứ nhất " + title, "Kiến nghị thứ hai " + title)
                .andExpect(status().is3xxRedirection());
        return id(title);
    }

    private long id(String title) {
        return jdbc.sql("select id from supervision_request where title = :t").param("t", title).query(Long.class)
                .single();
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + " from supervision_request where id = :id").param("id", id)
                .query(String.class).list().get(0);
    }

    private long recipient(long request, String code) {
        return jdbc.sql("select id from supervision_recipient where request_id = :r and unit_id = :u")
                .param("r", request).param("u", unit(code)).query(Long.class).single();
    }

    private long recommendation(long request, int number) {
        return jdbc.sql("select id from supervision_recommendation where request_id = :r and number = :n")
                .param("r", request).param("n", number).query(Long.class).single();
    }

    private long version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }

    private ResultActions answer(String user, long request, String unitCode, int number, String outcome, String action,
            String by, String explanation) throws Exception {
        long recipient = recipient(request, unitCode);
        long recommendation = recommendation(request, number);
        Long existing = jdbc.sql("select version from supervision_answer where recipient_id = :p and recommendation_id = :m")
                .param("p", recipient).param("m", recommendation).query(Long.class).optional().orElse(null);
        MockHttpServletRequestBuilder post = post("/supervision/{id}/answers", request).with(SignedIn.as(context, user))
                .with(csrf()).param("recipientId", String.valueOf(recipient))
                .param("recommendationId", String.valueOf(recommendation));
        if (outcome != null) {
            post = post.param("outcome", outcome);
        }
        if (action != null) {
            post = post.param("actionText", action);
        }
        if (by != null) {
            post = post.param("actionDueDate", by);
        }
        if (explanation != null) {
            post = post.param("explanation", explanation);
        }
        if (existing != null) {
            post = post.param("version", String.valueOf(existing));
        }
        return mvc.perform(post);
    }

    private ResultActions sendAnswers(String user, long request, String unitCode) throws Exception {
        long recipient = recipient(request, unitCode);
        return mvc.perform(post("/supervision/{id}/recipients/{r}/send", request, recipient)
                .with(SignedIn.as(context, user)).with(csrf())
                .param("version", String.valueOf(version("supervision_recipient", recipient))));
    }

    /** Both recommendations of a request answered and sent by the unit's head. */
    private void answerAll(long request, String unitCode, String head, String text) throws Exception {
        String by = today().plusMonths(2).format(DanVanTime.DATE);
        answer(head, request, unitCode, 1, "ACCEPTED", text, by, null).andExpect(status().is3xxRedirection());
        answer(head, request, unitCode, 2, "EXPLAINED", null, null, "Giải trình " + text)
                .andExpect(status().is3xxRedirection());
        sendAnswers(head, request, unitCode).andExpect(status().is3xxRedirection());
    }

    private long answerId(long request, String unitCode, int number) {
        return jdbc.sql("select id from supervision_answer where recipient_id = :p and recommendation_id = :m")
                .param("p", recipient(request, unitCode)).param("m", recommendation(request, number))
                .query(Long.class).single();
    }

    private ResultActions mark(String user, long request, long answer, String mark, String comment) throws Exception {
        MockHttpServletRequestBuilder post = post("/supervision/{id}/answers/{a}/mark", request, answer)
                .with(SignedIn.as(context, user)).with(csrf())
                .param("version", String.valueOf(version("supervision_answer", answer)));
        if (mark != null) {
            post = post.param("mark", mark);
        }
        if (comment != null) {
            post = post.param("comment", comment);
        }
        return mvc.perform(post);
    }

    private ResultActions publish(String user, long request) throws Exception {
        return mvc.perform(post("/supervision/{id}/publish", request).with(SignedIn.as(context, user)).with(csrf())
                .param("published", "true").param("version", String.valueOf(version("supervision_request", request))));
    }

    @Test
    void aUnitWithoutAHeadIsToldOnTheDueDayOnceAHeadIsNamed() throws Exception {
        String title = "Giám sát khi xã chưa có trưởng " + UUID.randomUUID();
        long id = sent(title, "ABINH");
        long recipient = recipient(id, "ABINH");
        jdbc.sql("update supervision_recipient set due_date = :d where id = :id").param("d", today())
                .param("id", recipient).update();
        List<Long> heads = OrganisationFixture.of(context).withoutHeads(unit("ABINH"), () -> {
            escalation.run(today());
            assertThat(dueDayNoticesRecorded(recipient)).isZero();
        });
        assertThat(heads).isNotEmpty();

        escalation.run(today());
        escalation.run(today());

        assertThat(dueDayNoticesRecorded(recipient)).isEqualTo(1);
        assertThat(notifications("anbinh.truong", "Đến hạn trả lời kiến nghị giám sát", title)).isEqualTo(1);
    }

    private long dueDayNoticesRecorded(long recipient) {
        return jdbc.sql("""
                select count(*) from notice_sent where topic = 'supervision.answer' and subject_id = :p
                   and kind = 'DUE_DAY'""").param("p", recipient).query(Long.class).single();
    }

    private long notifications(String username, String title, String bodyPart) {
        return jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                 where a.username = :u and n.title = :t and n.body like :b
                """).param("u", username).param("t", title).param("b", "%" + bodyPart + "%").query(Long.class).single();
    }

    // ------------------------------------------------------------------ filing

    @Test
    void theSameSendingToldAgainReachesEachHeadOnceAndNoOtherUnit() throws Exception {
        String title = "Giám sát chợ tạm " + UUID.randomUUID();
        long id = sent(title, "ABINH");
        String link = "/supervision/" + id;
        long head = OrganisationFixture.of(context).accountId("anbinh.truong");
        assertThat(Eventually.is(1L, () -> notificationsTo(head, link))).isEqualTo(1);
        LocalDate on = jdbc.sql("select due_date from notice_sent where topic = 'supervision.request' and subject_id = "
                + "(select id from supervision_recipient where request_id = :r)").param("r", id)
                .query(LocalDate.class).single();

        direct(context.getBean(SupervisionRequestNotices.class)).on(new SupervisionRequestSent(id, on));

        assertThat(notificationsTo(head, link)).isEqualTo(1);
        assertThat(notificationsTo(OrganisationFixture.of(context).accountId("tnmt.truong"), link)).isZero();
    }

    private long notificationsTo(long account, String link) {
        return jdbc.sql("select count(*) from notification where account_id = :a and link = :l").param("a", account)
                .param("l", link).query(Long.class).single();
    }

    @Test
    void theFrontFilesAConclusionDueFifteenWorkingDaysAfterSendingAndTheHeadsAreTold() throws Exception {
        String title = "Giám sát thu gom rác " + UUID.randomUUID();
        long id = sent(title, "ABINH", "TNMT");

        assertThat(column(id, "status")).isEqualTo("SENT");
        LocalDate due = calendar.addWorkingDays(today(), 15);
        assertThat(column(id, "due_date")).isEqualTo(due.toString());
        assertThat(jdbc.sql("select due_date from supervision_recipient where request_id = :r").param("r", id)
                .query(LocalDate.class).list()).containsExactly(due, due);
        assertThat(jdbc.sql("select number || ':' || content from supervision_recommendation where request_id = :r"
                + " order by number").param("r", id).query(String.class).list())
                .containsExactly("1:Kiến nghị thứ nhất " + title, "2:Kiến nghị thứ hai " + title);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'supervision_request' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
        // told after the commit, once per unit (notify-once)
        assertThat(Eventually.is(1L, () -> notifications("anbinh.truong", "Có kiến nghị giám sát, phản biện mới", title)))
                .isEqualTo(1);
        assertThat(Eventually.is(1L, () -> notifications("tnmt.truong", "Có kiến nghị giám sát, phản biện mới", title)))
                .isEqualTo(1);

        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, FRONT))).andExpect(status().isOk())
                .andExpect(content().string(containsString(due.format(DanVanTime.DATE))))
                .andExpect(content().string(containsString("15 ngày làm việc kể từ ngày gửi")))
                .andExpect(content().string(containsString("Quy định 124-QĐ/TW năm 2023")))
                .andExpect(content().string(containsString("Kiến nghị 2: Kiến nghị thứ hai " + title)))
                .andExpect(content().string(containsString("id=\"published\"")))
                .andExpect(content().string(not(containsString("id=\"" + id + "\""))));
    }

    @Test
    void aDueDateStatedInTheRequestWinsAndADraftIsSentLater() throws Exception {
        String title = "Phản biện dự thảo quy định " + UUID.randomUUID();
        LocalDate stated = today().plusDays(3);
        file(title, "draft", stated.format(DanVanTime.DATE), List.of("TNMT"), "Ý kiến phản biện")
                .andExpect(status().is3xxRedirection());
        long id = id(title);
        assertThat(column(id, "status")).isEqualTo("DRAFT");
        assertThat(column(id, "due_date")).isNull();
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/supervision/{id}/send", id).with(SignedIn.as(context, FRONT)).with(csrf())
                .param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(column(id, "status")).isEqualTo("SENT");
        assertThat(column(id, "due_date")).isEqualTo(stated.toString());
        // a second send with the old version is refused as stale
        mvc.perform(post("/supervision/{id}/send", id).with(SignedIn.as(context, FRONT)).with(csrf())
                .param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn bản vừa được người khác cập nhật")));
    }

    @Test
    void badInputIsRefusedWithVietnameseMessagesKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from supervision_request").query(Long.class).single();
        mvc.perform(post("/supervision").with(SignedIn.as(context, FRONT)).with(csrf())
                .param("kind", "CRITICISM").param("title", "").param("content", "Nội dung cần giữ lại")
                .param("documentDate", "31/02/2026").param("statedDueDate", today().minusDays(1).format(DanVanTime.DATE))
                .param("recommendations", "", " ").param("action", "send"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tiêu đề.")))
                .andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("Hạn trả lời không được trước ngày hôm nay.")))
                .andExpect(content().string(containsString("Vui lòng chọn ít nhất một đơn vị được kiến nghị.")))
                .andExpect(content().string(containsString("Vui lòng nhập ít nhất một kiến nghị.")))
                .andExpect(content().string(containsString("Nội dung cần giữ lại")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        assertThat(jdbc.sql("select count(*) from supervision_request").query(Long.class).single()).isEqualTo(before);

        long id = sent("Giám sát chợ " + UUID.randomUUID(), "ABINH");
        answer("anbinh.canbo", id, "ABINH", 1, "ACCEPTED", "", "32/13/2026", null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nội dung tiếp thu, thực hiện.")))
                .andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("value=\"32/13/2026\"")));
        answer("anbinh.canbo", id, "ABINH", 2, "EXPLAINED", null, null, " ").andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nội dung giải trình.")));
        answer("anbinh.canbo", id, "ABINH", 2, null, null, null, null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn tiếp thu hoặc giải trình.")));
        sendAnswers("anbinh.truong", id, "ABINH").andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị chưa trả lời đủ các kiến nghị.")));
        assertThat(jdbc.sql("select count(*) from supervision_answer where recipient_id = :p")
                .param("p", recipient(id, "ABINH")).query(Long.class).single()).isZero();
        assertThat(column(id, "status")).isEqualTo("SENT");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** What the tables the screens write hold now, to see that a refused form saved nothing. */
    private List<Object> state() {
        return List.of(count("supervision_request"), count("supervision_recommendation"),
                count("supervision_recipient"), count("supervision_answer"),
                jdbc.sql("select coalesce(sum(version), 0) from supervision_request").query(Long.class).single(),
                jdbc.sql("select coalesce(sum(version), 0) from supervision_answer").query(Long.class).single(),
                jdbc.sql("select coalesce(sum(version), 0) from supervision_recipient").query(Long.class).single(),
                jdbc.sql("select version from legal_rule where rule_key = 'SUPERVISION_ANSWER'").query(Long.class).single());
    }

    @Test
    void wrongTypedAndOverLongValuesComeBackAsTheFormWithWhatWasTypedAndNothingIsSaved() throws Exception {
        String title = "Giám sát nước sạch " + UUID.randomUUID();
        long id = sent(title, "ABINH");
        answerAll(id, "ABINH", "anbinh.truong", "Lắp đặt đồng hồ " + title);
        long answer = answerId(id, "ABINH", 1);
        long recipient = recipient(id, "ABINH");
        long other = sent("Giám sát chợ đêm " + UUID.randomUUID(), "ABINH");
        long recommendation = recommendation(other, 1);
        String x4001 = "x".repeat(4001);
        List<Object> before = state();

        // a new request: a date that does not exist, a title longer than its column, a recommendation too;
        // what was typed in every box comes back, and every message at once
        mvc.perform(post("/supervision").with(SignedIn.as(context, FRONT)).with(csrf()).param("kind", "XSS")
                .param("title", "t".repeat(501)).param("content", "Nội dung cần giữ lại")
                .param("documentDate", "31/02/2026").param("recommendations", "Kiến nghị cần giữ lại", x4001)
                .param("unitIds", "abc").param("action", "send"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("Không được dài quá 500 ký tự.")))
                .andExpect(content().string(containsString("Không được dài quá 4000 ký tự.")))
                .andExpect(content().string(containsString("Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.")))
                .andExpect(content().string(containsString("Có giá trị đã chọn không hợp lệ.")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")))
                .andExpect(content().string(containsString("Kiến nghị cần giữ lại")))
                .andExpect(content().string(containsString(x4001)))
                .andExpect(content().string(containsString("Nội dung cần giữ lại")));
        // an answer: a date that does not exist, a text longer than its column; hidden fields tampered are a 400
        MockHttpServletRequestBuilder answering = post("/supervision/{id}/answers", other)
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("recipientId", String.valueOf(recipient(other, "ABINH")))
                .param("recommendationId", String.valueOf(recommendation));
        mvc.perform(answering.param("outcome", "ACCEPTED").param("actionText", x4001).param("actionDueDate", "30/02/2027"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("Không được dài quá 4000 ký tự.")))
                .andExpect(content().string(containsString("value=\"30/02/2027\"")))
                .andExpect(content().string(containsString(x4001)));
        mvc.perform(post("/supervision/{id}/answers", other).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("recipientId", "abc").param("recommendationId", String.valueOf(recommendation))
                .param("outcome", "EXPLAINED").param("explanation", "Giải trình")).andExpect(status().isBadRequest());
        // a mark: a date that does not exist, a comment longer than its column; no version is a 400
        mvc.perform(post("/supervision/{id}/answers/{a}/mark", id, answer).with(SignedIn.as(context, FRONT)).with(csrf())
                .param("mark", "UNSATISFACTORY").param("comment", "c".repeat(2001)).param("newDueDate", "32/01/2027")
                .param("version", String.valueOf(version("supervision_answer", answer))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")))
                .andExpect(content().string(containsString("value=\"32/01/2027\"")));
        mvc.perform(post("/supervision/{id}/answers/{a}/mark", id, answer).with(SignedIn.as(context, FRONT)).with(csrf())
                .param("mark", "SATISFACTORY")).andExpect(status().isBadRequest());
        // the buttons nobody types into: a tampered version is a 400
        for (String path : List.of("/supervision/{id}/send", "/supervision/{id}/publish", "/supervision/{id}/close")) {
            mvc.perform(post(path, id).with(SignedIn.as(context, FRONT)).with(csrf()).param("version", "abc")
                    .param("published", "true")).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/supervision/{id}/recipients/{r}/send", other, recipient(other, "ABINH"))
                .with(SignedIn.as(context, "anbinh.truong")).with(csrf())).andExpect(status().isBadRequest());
        // whoever may not do it is refused first, whatever was sent
        mvc.perform(post("/supervision").with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                .param("documentDate", "31/02/2026")).andExpect(status().isForbidden());
        mvc.perform(post("/supervision/{id}/answers", other).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("recipientId", String.valueOf(recipient(other, "ABINH")))
                .param("recommendationId", String.valueOf(recommendation)).param("actionDueDate", "30/02/2027"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/supervision/{id}/answers/{a}/mark", id, answer).with(SignedIn.as(context, "anbinh.truong"))
                .with(csrf()).param("newDueDate", "32/01/2027")).andExpect(status().isForbidden());
        mvc.perform(post("/supervision/{id}/publish", id).with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                .param("version", "abc")).andExpect(status().isForbidden());
        mvc.perform(post("/supervision/{id}/close", id).with(SignedIn.as(context, "vhtt")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/supervision/{id}/recipients/{r}/send", id, recipient).with(SignedIn.as(context, "anbinh.canbo"))
                .with(csrf()).param("version", "abc")).andExpect(status().isForbidden());
        mvc.perform(post("/legal-rules/SUPERVISION_ANSWER").with(SignedIn.as(context, "noivu")).with(csrf())
                .param("value", "abc")).andExpect(status().isForbidden());

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aNewAnswerTimeOnTheLegalRulesScreenAppliesToRequestsSentFromItsDate() throws Exception {
        mvc.perform(get("/supervision/new").with(SignedIn.as(context, FRONT))).andExpect(status().isOk())
                .andExpect(content().string(containsString("15 ngày làm việc kể từ ngày gửi")))
                .andExpect(content().string(containsString("Quy định 124-QĐ/TW năm 2023")));
        long version = jdbc.sql("select version from legal_rule where rule_key = 'SUPERVISION_ANSWER'")
                .query(Long.class).single();
        mvc.perform(post("/legal-rules/SUPERVISION_ANSWER").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("value", "20").param("legalSource", "Văn bản thử nghiệm: 20 ngày làm việc")
                        .param("appliesFrom", today().format(DanVanTime.DATE)).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        try {
            long id = sent("Theo quy định mới " + UUID.randomUUID(), "TNMT");
            assertThat(column(id, "due_date")).isEqualTo(calendar.addWorkingDays(today(), 20).toString());
            mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, FRONT))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("20 ngày làm việc kể từ ngày gửi")))
                    .andExpect(content().string(containsString("Văn bản thử nghiệm: 20 ngày làm việc")));
        } finally {
            jdbc.sql("delete from legal_rule_value where rule_key = 'SUPERVISION_ANSWER'"
                    + " and legal_source = 'Văn bản thử nghiệm: 20 ngày làm việc'")
                    .update();
            legalRules.forget(); // and the values kept in memory
        }
    }

    // ------------------------------------------------------------------ answering, lateness, escalation

    @Test
    void anOverdueAnswerIsEscalatedOnceToTheHeadAndTheLeadersThenAnsweredLateAndMarkedByTheFront() throws Exception {
        String title = "Giám sát cấp giấy chứng nhận " + UUID.randomUUID();
        long id = sent(title, "ABINH");
        long recipient = recipient(id, "ABINH");
        LocalDate due = today().minusDays(2);
        jdbc.sql("update supervision_recipient set due_date = :d where id = :id").param("d", due).param("id", recipient)
                .update();

        mvc.perform(get("/supervision").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(content().string(containsString("dv-overdue")));
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(content().string(containsString("table-danger")))
                .andExpect(content().string(containsString("Quá hạn")));

        escalation.run(today());
        escalation.run(today());
        assertThat(jdbc.sql("select kind from notice_sent where topic = 'supervision.answer' and subject_id = :p order by kind")
                .param("p", recipient).query(String.class).list()).containsExactly("DUE_DAY", "OVERDUE");
        assertThat(notifications("anbinh.truong", "Đến hạn trả lời kiến nghị giám sát", title)).isEqualTo(1);
        assertThat(notifications("chutich", "Quá hạn trả lời kiến nghị giám sát", title)).isEqualTo(1);
        assertThat(notifications("anbinh.canbo", "Quá hạn trả lời kiến nghị giám sát", title)).isZero();
        mvc.perform(get("/dashboard").with(SignedIn.as(context, "chutich"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiến nghị giám sát quá hạn chưa trả lời")));
        var overdue = indicators.values(unit("ABINH"), today().minusDays(30), today());
        assertThat(overdue).filteredOn(v -> v.code().equals(SupervisionIndicators.OVERDUE)).singleElement()
                .satisfies(v -> assertThat(v.value()).isGreaterThanOrEqualTo(BigDecimal.valueOf(2)));

        // the officer drafts, only the head sends
        String by = today().plusMonths(1).format(DanVanTime.DATE);
        answer("anbinh.canbo", id, "ABINH", 1, "ACCEPTED", "Cấp giấy trong tháng tới", by, null)
                .andExpect(status().is3xxRedirection());
        answer("anbinh.canbo", id, "ABINH", 2, "EXPLAINED", null, null, "Không thuộc thẩm quyền của xã")
                .andExpect(status().is3xxRedirection());
        sendAnswers("anbinh.canbo", id, "ABINH").andExpect(status().isForbidden());
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, FRONT)))
                .andExpect(content().string(not(containsString("Cấp giấy trong tháng tới"))));
        sendAnswers("anbinh.truong", id, "ABINH").andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from supervision_answer where recipient_id = :p and status = 'SENT'"
                + " and late = true").param("p", recipient).query(Long.class).single()).isEqualTo(2);
        assertThat(column(id, "status")).isEqualTo("ANSWERED");
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, FRONT)))
                .andExpect(content().string(containsString("Cấp giấy trong tháng tới")))
                .andExpect(content().string(containsString("Trả lời trễ hạn")));
        var after = indicators.values(unit("ABINH"), today().minusDays(30), today());
        assertThat(after).filteredOn(v -> v.code().equals(SupervisionIndicators.ACCEPTED)).singleElement()
                .satisfies(v -> assertThat(v.value()).isGreaterThanOrEqualTo(BigDecimal.ONE));
        assertThat(after).filteredOn(v -> v.code().equals(SupervisionIndicators.ON_TIME)).singleElement()
                .satisfies(v -> assertThat(v.value()).isNotNull().isLessThan(BigDecimal.valueOf(100)));

        // the Front marks: satisfactory; not satisfactory needs a comment and reopens the unit's answers
        long first = answerId(id, "ABINH", 1);
        long second = answerId(id, "ABINH", 2);
        mark("anbinh.truong", id, first, "SATISFACTORY", null).andExpect(status().isForbidden());
        mark(FRONT, id, first, "SATISFACTORY", null).andExpect(status().is3xxRedirection());
        mark(FRONT, id, second, "UNSATISFACTORY", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nhận xét khi đánh giá chưa đạt.")));
        assertThat(jdbc.sql("select mark from supervision_answer where id = :id").param("id", second)
                .query(String.class).optional().orElse(null)).isNull();
        mark(FRONT, id, second, "UNSATISFACTORY", "Chưa nêu rõ căn cứ pháp lý").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from supervision_answer where id = :id").param("id", second)
                .query(String.class).single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select status || ' ' || due_date from supervision_recipient where id = :id")
                .param("id", recipient).query(String.class).single())
                .isEqualTo("OPEN " + calendar.addWorkingDays(today(), 15));
        assertThat(column(id, "status")).isEqualTo("SENT");
        assertThat(jdbc.sql("select mark from supervision_answer where id = :id").param("id", first)
                .query(String.class).single()).isEqualTo("SATISFACTORY");

        // the head answers the reopened recommendation again; the satisfactory answer stays as it was
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(content().string(containsString("answer-form-2-")))
                .andExpect(content().string(not(containsString("answer-form-1-"))));
        answer("anbinh.truong", id, "ABINH", 2, "EXPLAINED", null, null, "Căn cứ Luật Đất đai 2024, Điều 236")
                .andExpect(status().is3xxRedirection());
        sendAnswers("anbinh.truong", id, "ABINH").andExpect(status().is3xxRedirection());
        assertThat(column(id, "status")).isEqualTo("ANSWERED");
        assertThat(jdbc.sql("select status || ' ' || late || ' ' || coalesce(mark, '-') from supervision_answer"
                + " where id = :id").param("id", second).query(String.class).single()).isIn("SENT false -", "SENT FALSE -");
        assertThat(jdbc.sql("select mark from supervision_answer where id = :id").param("id", first)
                .query(String.class).single()).isEqualTo("SATISFACTORY");
        mark(FRONT, id, second, "SATISFACTORY", "Đã rõ").andExpect(status().is3xxRedirection());
        mvc.perform(post("/supervision/{id}/close", id).with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                .param("version", String.valueOf(version("supervision_request", id)))).andExpect(status().isForbidden());
        mvc.perform(post("/supervision/{id}/close", id).with(SignedIn.as(context, FRONT)).with(csrf())
                .param("version", String.valueOf(version("supervision_request", id))))
                .andExpect(status().is3xxRedirection());
        assertThat(column(id, "status")).isEqualTo("CLOSED");
    }

    // ------------------------------------------------------------------ publication

    @Test
    void thePortalShowsOnlyPublishedRequestsWithTheirAnswersAndMarksAndNoNames() throws Exception {
        String published = "Giám sát công khai " + UUID.randomUUID();
        String hidden = "Giám sát chưa công khai " + UUID.randomUUID();
        long id = sent(published, "ABINH");
        sent(hidden, "ABINH");
        answerAll(id, "ABINH", "anbinh.truong", "Nạo vét kênh " + published);
        mark(FRONT, id, answerId(id, "ABINH", 1), "SATISFACTORY", null).andExpect(status().is3xxRedirection());

        publish("anbinh.truong", id).andExpect(status().isForbidden());
        publish(FRONT, id).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select published from supervision_request where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();

        mvc.perform(get("/portal/supervision")).andExpect(status().isOk())
                .andExpect(content().string(containsString(published)))
                .andExpect(content().string(containsString("Nạo vét kênh " + published)))
                .andExpect(content().string(containsString("Đạt")))
                .andExpect(content().string(not(containsString(hidden))))
                .andExpect(content().string(not(containsString("Trần Văn Bình"))))
                .andExpect(content().string(not(containsString("Võ Thị Lan"))))
                .andExpect(content().string(not(containsString("anbinh.truong"))));
    }

    // ------------------------------------------------------------------ access

    @Test
    void eachAccountSeesOnlyTheRequestsItMaySee() throws Exception {
        String toAnBinh = "Gửi An Bình " + UUID.randomUUID();
        String toTnmt = "Gửi TNMT " + UUID.randomUUID();
        long a = sent(toAnBinh, "ABINH");
        long b = sent(toTnmt, "TNMT");

        for (String user : List.of(FRONT, "chutich", "noivu", "admin")) {
            mvc.perform(get("/supervision").with(SignedIn.as(context, user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(toAnBinh)))
                    .andExpect(content().string(containsString(toTnmt)));
            mvc.perform(get("/supervision/{id}", b).with(SignedIn.as(context, user))).andExpect(status().isOk());
        }
        mvc.perform(get("/supervision").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString(toAnBinh)))
                .andExpect(content().string(not(containsString(toTnmt))));
        mvc.perform(get("/supervision/export").param("format", "csv").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(toAnBinh)))
                .andExpect(content().string(not(containsString(toTnmt))));
        mvc.perform(get("/supervision/export").param("format", "xlsx").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk());
        mvc.perform(get("/supervision/{id}", a).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk());
        mvc.perform(get("/supervision/{id}", b).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
        answer("anbinh.canbo", b, "TNMT", 1, "EXPLAINED", null, null, "Không phải đơn vị mình")
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/{id}", b).with(SignedIn.as(context, "tnmt.truong"))).andExpect(status().isOk());
        mvc.perform(get("/supervision/{id}", a).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision").with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(content().string(not(containsString(toAnBinh))));

        mvc.perform(get("/supervision").with(SignedIn.as(context, "vhtt"))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/export").with(SignedIn.as(context, "vhtt"))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/{id}", a).with(SignedIn.as(context, "vhtt"))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/new").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAddressedUnitSeesAnotherUnitsAnswersOnlyOnceTheyArePublished() throws Exception {
        String title = "Gửi hai đơn vị " + UUID.randomUUID();
        long id = sent(title, "ABINH", "TNMT");
        String office = "Phòng TNMT sẽ kiểm tra " + title;
        answer("tnmt.truong", id, "TNMT", 1, "ACCEPTED", office, today().plusMonths(1).format(DanVanTime.DATE), null)
                .andExpect(status().is3xxRedirection());
        // a draft is the unit's own business
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, FRONT)))
                .andExpect(content().string(not(containsString(office))));
        answer("tnmt.truong", id, "TNMT", 2, "EXPLAINED", null, null, "Giải trình của phòng")
                .andExpect(status().is3xxRedirection());
        sendAnswers("tnmt.truong", id, "TNMT").andExpect(status().is3xxRedirection());

        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, FRONT)))
                .andExpect(content().string(containsString(office)));
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, "chutich")))
                .andExpect(content().string(containsString(office)));
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(office))));
        publish(FRONT, id).andExpect(status().is3xxRedirection());
        mvc.perform(get("/supervision/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString(office)));
    }

    @Test
    void aFrontMemberSeesNoPetitionerData() throws Exception {
        String title = "Phản ánh riêng tư " + UUID.randomUUID();
        String name = "Nguyễn Văn Bí Mật";
        mvc.perform(post("/petitions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("channel", "COUNTER").param("kind", "FEEDBACK")
                .param("categoryId", String.valueOf(jdbc.sql("select id from petition_category where code = 'XAY_DUNG'")
                        .query(Long.class).single()))
                .param("unitId", String.valueOf(unit("ABINH"))).param("title", title)
                .param("content", "Công trình lấn chiếm lòng đường.").param("fullName", name)
                .param("phone", "0977888999").param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk());
        long petition = jdbc.sql("select id from petition where title = :t").param("t", title).query(Long.class)
                .single();

        // the inbox answers, but with the Front's own (empty) scope: no petition of a commune, no name
        mvc.perform(get("/petitions").with(SignedIn.as(context, FRONT))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/petitions/export").param("format", "csv").with(SignedIn.as(context, FRONT)))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/petitions/{id}", petition).with(SignedIn.as(context, FRONT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/petitions/{id}/petitioner", petition).with(SignedIn.as(context, FRONT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/petitions/new").with(SignedIn.as(context, FRONT))).andExpect(status().isForbidden());
    }
}
