package vn.danvan.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;

/**
 * The legal rules screen: who reads, who records, what a new value with a later date changes (nothing before
 * that date), and what bad input or a stale page gets (a Vietnamese message, nothing saved).
 */
@DanVanIntegrationTest
class LegalRulesIT {

    private static final String TEST_SOURCE = "Nghị định thử nghiệm LegalRulesIT";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LegalRules rules;
    @Autowired
    Clock clock;

    @AfterEach
    void removeTheTestValues() {
        jdbc.sql("delete from legal_rule_value where legal_source like :s").param("s", TEST_SOURCE + "%").update();
        rules.forget(); // and the values kept in memory
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    private long version(LegalRule rule) {
        return jdbc.sql("select version from legal_rule where rule_key = :k").param("k", rule.name())
                .query(Long.class).single();
    }

    private long values() {
        return jdbc.sql("select count(*) from legal_rule_value").query(Long.class).single();
    }

    private long audits(LegalRule rule) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'LegalRule' and entity_id = :k")
                .param("k", rule.name()).query(Long.class).single();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(context, user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions record(String user, LegalRule rule, String value, String source, String from, Object version)
            throws Exception {
        var request = post("/legal-rules/" + rule.name()).with(SignedIn.as(context, user)).with(csrf())
                .param("value", value).param("legalSource", source).param("appliesFrom", from);
        if (version != null) {
            request = request.param("version", version.toString());
        }
        return mvc.perform(request);
    }

    @Test
    void administratorsHomeAffairsAndLeadersReadEveryRuleWithItsSource() throws Exception {
        for (String reader : List.of("admin", "noivu", "chutich")) {
            String list = page(reader, "/legal-rules");
            assertThat(list).contains("Thời hạn thông báo tiếp nhận, thụ lý phản ánh, kiến nghị", "10 ngày làm việc",
                    "Luật Tiếp công dân năm 2013, Điều 28", "Quy định 124-QĐ/TW năm 2023", "15:00",
                    "Nghị định 118/2025/NĐ-CP", "50%", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
                    "Do luật định", "01/07/2025");
            assertThat(list).doesNotContain("61/2018", "107/2021", "217-QĐ/TW năm 2013 của");
        }
        // the statutory rule says why and how it changes
        assertThat(page("chutich", "/legal-rules/CONSULTATION_APPROVAL")).contains("id=\"statutory-note\"",
                "không phải một cài đặt tùy chọn");
        // only the administrator gets the form
        assertThat(page("admin", "/legal-rules/DOSSIER_NEXT_DAY_FROM")).contains("id=\"rule-form\"");
        assertThat(page("noivu", "/legal-rules/DOSSIER_NEXT_DAY_FROM")).doesNotContain("id=\"rule-form\"")
                .contains("id=\"rule-history\"");
    }

    @Test
    void anyoneElseIsRefusedAndNoOneButTheAdministratorRecords() throws Exception {
        for (String user : List.of("anbinh.truong", "anbinh.canbo", "mttq", "vhtt", "tnmt.truong")) {
            mvc.perform(get("/legal-rules").with(SignedIn.as(context, user))).andExpect(status().isForbidden());
            mvc.perform(get("/legal-rules/PETITION_ACCEPTANCE").with(SignedIn.as(context, user)))
                    .andExpect(status().isForbidden());
        }
        long before = values();
        for (String user : List.of("noivu", "chutich", "anbinh.truong")) {
            record(user, LegalRule.PETITION_ACCEPTANCE, "5", TEST_SOURCE, "01/01/2030",
                    version(LegalRule.PETITION_ACCEPTANCE)).andExpect(status().isForbidden());
        }
        assertThat(values()).isEqualTo(before);
        mvc.perform(get("/legal-rules/NO_SUCH_RULE").with(SignedIn.as(context, "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aValueRecordedForALaterDateChangesNothingBeforeItAndShowsAsUpcoming() throws Exception {
        LegalRule rule = LegalRule.DOSSIER_NEXT_DAY_FROM;
        long version = version(rule);
        long audits = audits(rule);
        record("admin", rule, "16h30", TEST_SOURCE + " (giờ mới)", "01/01/2099", version)
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/legal-rules/DOSSIER_NEXT_DAY_FROM"));

        assertThat(rules.timeOfDay(rule, today())).isEqualTo(LocalTime.of(15, 0));
        assertThat(rules.timeOfDay(rule, LocalDate.of(2098, 12, 31))).isEqualTo(LocalTime.of(15, 0));
        assertThat(rules.timeOfDay(rule, LocalDate.of(2099, 1, 1))).isEqualTo(LocalTime.of(16, 30));
        assertThat(rules.inForce(rule, LocalDate.of(2099, 3, 1)).legalSource()).isEqualTo(TEST_SOURCE + " (giờ mới)");
        assertThat(version(rule)).isEqualTo(version + 1);
        assertThat(audits(rule)).isEqualTo(audits + 1);

        assertThat(page("admin", "/legal-rules")).contains("16:30 từ ngày 01/01/2099");
        assertThat(page("noivu", "/legal-rules/DOSSIER_NEXT_DAY_FROM")).contains("Sắp áp dụng", "Đang áp dụng",
                "01/01/2099", "31/12/2098", TEST_SOURCE + " (giờ mới)");

        // a page opened before that edit is refused with a message, and nothing more is recorded
        long values = values();
        String stale = record("admin", rule, "17:00", TEST_SOURCE + " (cũ)", "01/01/2098", version)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("Quy định vừa được người khác ghi giá trị mới");
        assertThat(values()).isEqualTo(values);
        assertThat(rules.timeOfDay(rule, LocalDate.of(2098, 6, 1))).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void badInputIsShownInVietnameseNextToItsFieldAndNothingIsSaved() throws Exception {
        long values = values();
        long version = version(LegalRule.DOSSIER_NEXT_DAY_FROM);
        String page = record("admin", LegalRule.DOSSIER_NEXT_DAY_FROM, "25:00", "", "31/02/2026", version)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hãy nhập ngày có thật theo dạng ngày/tháng/năm", "Trường này là bắt buộc.",
                "value=\"25:00\"", "value=\"31/02/2026\"", "is-invalid");
        page = record("admin", LegalRule.DOSSIER_NEXT_DAY_FROM, "25:00", TEST_SOURCE, "01/01/2030", version)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hãy nhập giờ theo dạng giờ:phút, từ 06:00 đến 23:59, ví dụ 15:00.");
        page = record("admin", LegalRule.PETITION_ACCEPTANCE, "0", "s".repeat(501), "01/01/1999",
                version(LegalRule.PETITION_ACCEPTANCE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Không được dài quá 500 ký tự.");
        page = record("admin", LegalRule.PETITION_ACCEPTANCE, "61", TEST_SOURCE, "01/01/1999",
                version(LegalRule.PETITION_ACCEPTANCE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Số ngày làm việc phải là số nguyên từ 1 đến 60.",
                "Ngày áp dụng phải trong khoảng từ 01/01/2000 đến 31/12/2099.");
        // the version nobody types: a broken page is a 400
        record("admin", LegalRule.PETITION_ACCEPTANCE, "5", TEST_SOURCE, "01/01/2030", null)
                .andExpect(status().isBadRequest());
        assertThat(values()).isEqualTo(values);
        assertThat(version(LegalRule.DOSSIER_NEXT_DAY_FROM)).isEqualTo(version);
    }

    @Test
    void theStatutoryHouseholdThresholdChangesOnlyWithANewLawFromALaterDate() throws Exception {
        LegalRule rule = LegalRule.CONSULTATION_APPROVAL;
        RuleValue current = rules.inForce(rule, today());
        long values = values();
        String page = record("admin", rule, "60", current.legalSource(), "01/01/2020", version(rule))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Quy định do luật định chỉ thay đổi theo văn bản luật mới",
                "ngày áp dụng phải sau ngày 01/07/2023");
        assertThat(values()).isEqualTo(values);

        record("admin", rule, "60", TEST_SOURCE + ": Luật sửa đổi", "01/01/2099", version(rule))
                .andExpect(status().is3xxRedirection());
        assertThat(rules.percent(rule, today())).isEqualTo(50);
        assertThat(rules.percent(rule, LocalDate.of(2099, 1, 1))).isEqualTo(60);
    }
}
