package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.legal.LegalRules;
import vn.danvan.shared.DanVanTime;

/**
 * The administrator edits the categories here and the acceptance time on the legal rules screen; new petitions
 * follow both.
 */
@DanVanIntegrationTest
class PetitionSettingsIT {

    private static final String BASE = "/admin/petition-settings";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private long ruleVersion() {
        return jdbc.sql("select version from legal_rule where rule_key = 'PETITION_ACCEPTANCE'").query(Long.class)
                .single();
    }

    private long categoryVersion(long id) {
        return jdbc.sql("select version from petition_category where id = :id").param("id", id).query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String uniqueCode() {
        return "KT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private void saveRule(int days, String source, LocalDate from, long version) throws Exception {
        mvc.perform(post("/legal-rules/PETITION_ACCEPTANCE").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("value", String.valueOf(days)).param("legalSource", source)
                        .param("appliesFrom", from.format(DanVanTime.DATE)).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/legal-rules/PETITION_ACCEPTANCE"));
    }

    private String intake() throws Exception {
        return fixture.atTheCounter("XAY_DUNG", "Cài đặt: hạn tiếp nhận mới", "Nội dung kiểm tra cài đặt.",
                "Lê Văn Cài Đặt", "0911222333").code();
    }

    @Test
    void theScreenShowsTheRuleWithItsSourceAndTheCategories() throws Exception {
        String page = mvc.perform(get(BASE).with(SignedIn.as(context, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("10 ngày làm việc", "Luật Tiếp công dân năm 2013, Điều 28", "Đất đai", "DAT_DAI",
                "Đang sử dụng", "không được tính lại", "href=\"/legal-rules/PETITION_ACCEPTANCE\"");
    }

    @Test
    void aNewAcceptanceTimeOnTheLegalRulesScreenAppliesToPetitionsReceivedFromItsDate() throws Exception {
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        long auditBefore = count("select count(*) from audit_entry where entity_type = 'LegalRule'"
                + " and entity_id = 'PETITION_ACCEPTANCE'");
        try {
            saveRule(7, "Quy định thử nghiệm: 7 ngày làm việc", today, ruleVersion());
            String code = intake();
            LocalDate due = jdbc.sql("select acceptance_due from petition where code = :c").param("c", code)
                    .query(LocalDate.class).single();
            assertThat(due).isEqualTo(context.getBean(WorkingCalendar.class).addWorkingDays(today, 7));
            assertThat(count("select count(*) from audit_entry where entity_type = 'LegalRule'"
                    + " and entity_id = 'PETITION_ACCEPTANCE'")).isEqualTo(auditBefore + 1);
            String page = mvc.perform(get(BASE).with(SignedIn.as(context, "admin"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("7 ngày làm việc", "Quy định thử nghiệm: 7 ngày làm việc");
        } finally {
            jdbc.sql("delete from legal_rule_value where rule_key = 'PETITION_ACCEPTANCE'"
                    + " and legal_source = 'Quy định thử nghiệm: 7 ngày làm việc'").update();
            context.getBean(LegalRules.class).forget(); // and the values kept in memory
        }
        // and a petition received afterwards follows the original rule again
        String code = intake();
        assertThat(jdbc.sql("select acceptance_due from petition where code = :c").param("c", code)
                .query(LocalDate.class).single())
                .isEqualTo(context.getBean(WorkingCalendar.class).addWorkingDays(today, 10));
    }

    @Test
    void anAddedCategoryIsOfferedUntilItIsDeactivated() throws Exception {
        String code = uniqueCode();
        mvc.perform(post(BASE + "/categories").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code).param("name", "Lĩnh vực thử " + code).param("answerDays", "15")
                        .param("legalSource", "Quyết định thử nghiệm").param("sortOrder", "99")
                        .param("active", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(BASE));
        long id = fixture.category(code);
        assertThat(mvc.perform(get("/portal/petitions/new")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Lĩnh vực thử " + code);
        assertThat(mvc.perform(get(BASE).with(SignedIn.as(context, "admin"))).andReturn().getResponse()
                .getContentAsString()).contains("Lĩnh vực thử " + code, "15 ngày");

        mvc.perform(get(BASE + "/categories/{id}/edit", id).with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk());
        mvc.perform(post(BASE + "/categories/{id}", id).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code).param("name", "Lĩnh vực thử " + code).param("answerDays", "15")
                        .param("legalSource", "Quyết định thử nghiệm").param("sortOrder", "99")
                        .param("_active", "on").param("version", String.valueOf(categoryVersion(id))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select active from petition_category where id = :id").param("id", id)
                .query(Boolean.class).single()).isFalse();
        assertThat(mvc.perform(get("/portal/petitions/new")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Lĩnh vực thử " + code);
        assertThat(mvc.perform(get(BASE).with(SignedIn.as(context, "admin"))).andReturn().getResponse()
                .getContentAsString()).contains("Ngừng sử dụng");

        // a stale form
        mvc.perform(post(BASE + "/categories/{id}", id).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code).param("name", "Cũ").param("answerDays", "15")
                        .param("legalSource", "Cũ").param("sortOrder", "99").param("version", "0"))
                .andExpect(status().isConflict());

        assertThat(count("select count(*) from audit_entry where entity_type = 'PetitionCategory' and entity_id = '"
                + id + "' and action = 'CREATE'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where entity_type = 'PetitionCategory' and entity_id = '"
                + id + "' and action = 'UPDATE'")).isEqualTo(1);
    }

    @Test
    void badInputIsShownInVietnameseAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from petition_category");
        String page = mvc.perform(post(BASE + "/categories").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", "co dau").param("name", "").param("answerDays", "0")
                        .param("legalSource", "Nguồn").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Trường này là bắt buộc.", "Thời hạn trả lời phải từ 1 đến 365 ngày.",
                "Mã gồm 2 đến 30 ký tự", "is-invalid");
        page = mvc.perform(post(BASE + "/categories").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", "DAT_DAI").param("name", "Đất đai lần hai").param("answerDays", "30")
                        .param("legalSource", "Nguồn").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mã DAT_DAI đã được dùng cho một lĩnh vực khác.");
        assertThat(count("select count(*) from petition_category")).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsReachTheSettings() throws Exception {
        mvc.perform(get(BASE).with(SignedIn.as(context, "anbinh.truong"))).andExpect(status().isForbidden());
        mvc.perform(post("/legal-rules/PETITION_ACCEPTANCE").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("value", "3").param("legalSource", "x").param("appliesFrom", "01/01/2030")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/categories").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("code", "KT_CAM").param("name", "x").param("answerDays", "3")
                        .param("legalSource", "x").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from petition_category where code = 'KT_CAM'")).isZero();
    }
}
