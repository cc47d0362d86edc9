package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * Opening a period and editing templates: defaults from the directive, Vietnamese errors beside the
 * fields with the typed input kept, indicators from every provider, and reporting's own indicators
 * and public API for the dashboard and commendation.
 */
@DanVanIntegrationTest
class ReportingSettingsIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final ReportingService reporting;
    private final List<IndicatorProvider> providers;
    private final ReportingFixture fixture;

    @Autowired
    ReportingSettingsIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, ReportingService reporting,
            List<IndicatorProvider> providers) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.reporting = reporting;
        this.providers = providers;
        this.fixture = new ReportingFixture(mvc, context, jdbc);
    }

    @Test
    void theOpenFormProposes15OctoberAndEveryUnitButTheFrontAndOrganisations() throws Exception {
        String page = mvc.perform(get("/reporting/periods/new").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("value=\"15/10/\\d{4}\"").contains("id=\"unit-ABINH\"");
        assertThat(page).containsPattern("id=\"unit-ABINH\"[^>]*checked|checked[^>]*id=\"unit-ABINH\"");
        assertThat(page).doesNotContainPattern("id=\"unit-MTTQ\"[^>]*checked|checked[^>]*id=\"unit-MTTQ\"");
        mvc.perform(get("/reporting/periods/new").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDeadlineOutsideTheYearIsRefusedBesideTheFieldAndTheTypedValuesStay() throws Exception {
        mvc.perform(post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("year", "2026").param("templateId", String.valueOf(fixture.templateId()))
                        .param("deadline", "2027-10-15").param("graceDays", "3")
                        .param("spanFrom", "2025-10-01").param("spanTo", "2026-09-30")
                        .param("unitIds", String.valueOf(fixture.unitId("ABINH"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn gửi báo cáo phải thuộc năm báo cáo.")))
                .andExpect(content().string(containsString("value=\"01/10/2025\"")))
                .andExpect(content().string(containsString("value=\"3\"")));
        mvc.perform(post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("year", "2026").param("templateId", String.valueOf(fixture.templateId()))
                        .param("deadline", "2026-10-15").param("graceDays", "0")
                        .param("spanFrom", "2026-01-01").param("spanTo", "2026-10-15"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn ít nhất một đơn vị phải báo cáo.")));
    }

    @Test
    void aPeriodOpenedWithADeadlineAlreadyPastSaysEveryReportWillBeLate() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(vn.danvan.shared.DanVanTime.ZONE);
        java.time.LocalDate past = today.minusDays(1);
        mvc.perform(post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("year", String.valueOf(past.getYear())).param("templateId", String.valueOf(fixture.templateId()))
                        .param("deadline", past.toString()).param("graceDays", "0")
                        .param("spanFrom", past.getYear() + "-01-01").param("spanTo", past.toString())
                        .param("unitIds", String.valueOf(fixture.unitId("ABINH"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "reporting.period.openedPastDeadline"))
                .andExpect(flash().attribute("flashArgs", java.util.List.of(
                        vn.danvan.shared.DanVanTime.DATE.format(past))));
        java.time.LocalDate ahead = java.time.LocalDate.of(today.getYear(), 12, 31);
        mvc.perform(post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("year", String.valueOf(ahead.getYear())).param("templateId", String.valueOf(fixture.templateId()))
                        .param("deadline", ahead.toString()).param("graceDays", "0")
                        .param("spanFrom", ahead.getYear() + "-01-01").param("spanTo", ahead.toString())
                        .param("unitIds", String.valueOf(fixture.unitId("ABINH"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "reporting.period.opened"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void wrongTypedValuesInTheOpenFormComeBackAsTypedAndOpenNothing() throws Exception {
        long periods = count("reporting_period");
        mvc.perform(post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("year", "abc").param("templateId", "XSS")
                        .param("deadline", "31/02/2026").param("graceDays", "99")
                        .param("spanFrom", "01/01/2026").param("spanTo", "31/12/2026")
                        .param("unitIds", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\"")))
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(content().string(containsString("id=\"templateId-error\"")))
                .andExpect(content().string(containsString("id=\"deadline-error\"")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"01/01/2026\"")));
        mvc.perform(post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("year", "2026").param("templateId", String.valueOf(fixture.templateId()))
                        .param("deadline", "15/10/2026").param("graceDays", "99")
                        .param("spanFrom", "31/12/2026").param("spanTo", "01/01/2026")
                        .param("unitIds", String.valueOf(fixture.unitId("ABINH"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số ngày gia hạn từ 0 đến 60.")))
                .andExpect(content().string(containsString("Ngày kết thúc phải sau ngày bắt đầu.")))
                .andExpect(content().string(containsString("value=\"99\"")));
        mvc.perform(post("/reporting/periods").with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                .param("year", "abc")).andExpect(status().isForbidden());
        assertThat(count("reporting_period")).isEqualTo(periods);
    }

    @Test
    void theTemplateEditorsFormsRefuseBadInputBesideTheirFields() throws Exception {
        long templates = count("reporting_template");
        mvc.perform(post("/reporting/templates").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("name", "x".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 200 ký tự.")));
        assertThat(count("reporting_template")).isEqualTo(templates);

        long id = fixture.templateId();
        long sections = count("reporting_template_section");
        long indicators = count("reporting_template_indicator");
        mvc.perform(post("/reporting/templates/" + id + "/sections").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("code", "1a]").param("title", "x".repeat(301)).param("guidance", "Hướng dẫn giữ nguyên"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã phần chỉ gồm chữ, số")))
                .andExpect(content().string(containsString("Không được dài quá 300 ký tự.")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("value=\"Hướng dẫn giữ nguyên\"", "value=\"1a]\""));
        long section = jdbc.sql("select min(id) from reporting_template_section where template_id = :t")
                .param("t", id).query(Long.class).single();
        String title = jdbc.sql("select title from reporting_template_section where id = :s").param("s", section)
                .query(String.class).single();
        mvc.perform(post("/reporting/templates/" + id + "/sections/" + section).with(SignedIn.as(context, "noivu"))
                        .with(csrf()).param("title", " ").param("guidance", "Hướng dẫn mới"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-1-error\"")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("Hướng dẫn mới"));
        mvc.perform(post("/reporting/templates/" + id + "/manual").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("label", "Chỉ tiêu thử").param("kind", "XSS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kind-error\"")));
        mvc.perform(post("/reporting/templates/" + id + "/manual").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("label", "Chỉ tiêu thử").param("kind", "DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn loại chỉ tiêu trong danh sách.")));
        mvc.perform(post("/reporting/templates/" + id + "/indicators").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("code", "khong.co"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn một chỉ tiêu trong danh sách.")));
        assertThat(count("reporting_template_section")).isEqualTo(sections);
        assertThat(count("reporting_template_indicator")).isEqualTo(indicators);
        assertThat(jdbc.sql("select title from reporting_template_section where id = :s").param("s", section)
                .query(String.class).single()).isEqualTo(title);
    }

    @Test
    void theTemplateEditorOffersEveryProvidersIndicatorsAndManualOnes() throws Exception {
        String created = mvc.perform(post("/reporting/templates").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("name", "Mẫu thử nghiệm"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        List<String> codes = jdbc.sql("select code from reporting_template_indicator where template_id = :t")
                .param("t", id).query(String.class).list();
        providers.forEach(p -> p.definitions().forEach(d -> assertThat(codes).contains(d.code())));
        assertThat(codes).contains(ReportingIndicators.SUBMITTED, ReportingIndicators.ON_TIME, ReportingIndicators.ACCEPTED);
        assertThat(jdbc.sql("select count(*) from reporting_template_section where template_id = :t").param("t", id)
                .query(Long.class).single()).isEqualTo(10);

        long indicator = jdbc.sql("select id from reporting_template_indicator where template_id = :t and code = 'petition.answered'")
                .param("t", id).query(Long.class).single();
        mvc.perform(post("/reporting/templates/" + id + "/indicators/" + indicator + "/remove")
                .with(SignedIn.as(context, "noivu")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reporting/templates/" + id).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"petition.answered\"")));
        mvc.perform(post("/reporting/templates/" + id + "/indicators").with(SignedIn.as(context, "noivu")).with(csrf())
                .param("code", "petition.answered")).andExpect(status().is3xxRedirection());

        mvc.perform(post("/reporting/templates/" + id + "/manual").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("kind", "PERCENT").param("unitOfMeasure", "%").param("source", "Sổ theo dõi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường này là bắt buộc.")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("value=\"Sổ theo dõi\""));
        mvc.perform(post("/reporting/templates/" + id + "/manual").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("label", "Tỷ lệ hộ dân được phổ biến quy chế dân chủ").param("kind", "PERCENT")
                        .param("unitOfMeasure", "%"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reporting/templates/" + id + "/sections").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("code", "1a").param("title", "Trùng mã"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mã này đã có trong mẫu.")));
        assertThat(jdbc.sql("select kind from reporting_template_indicator where template_id = :t and manual")
                .param("t", id).query(String.class).list()).containsExactly("PERCENT");
        mvc.perform(get("/reporting/templates/" + id).with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isForbidden());
    }

    @Test
    void reportingsOwnIndicatorsAndStatesSayWhetherTheUnitReportedOnTime() throws Exception {
        long period = fixture.open(2024, LocalDate.of(2024, 10, 15), 0, "ABINH", "TNMT");
        long report = fixture.reportOf(period, "ABINH");
        fixture.writeSignAndSubmit(report, "anbinh.canbo", "anbinh.truong");

        IndicatorProvider own = providers.stream().filter(p -> p instanceof ReportingIndicators).findFirst().orElseThrow();
        List<IndicatorValue> values = own.values(fixture.unitId("ABINH"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(values).extracting(IndicatorValue::code, v -> v.value() == null ? null : v.value().intValue())
                .contains(org.assertj.core.groups.Tuple.tuple(ReportingIndicators.SUBMITTED, 1),
                        org.assertj.core.groups.Tuple.tuple(ReportingIndicators.ON_TIME, 0),
                        org.assertj.core.groups.Tuple.tuple(ReportingIndicators.ACCEPTED, 0));
        assertThat(own.values(fixture.unitId("ABINH"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .allSatisfy(v -> assertThat(v.value()).isNull());

        var states = reporting.reportStates(period);
        assertThat(states.get(fixture.unitId("ABINH")).state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(states.get(fixture.unitId("ABINH")).onTime()).isFalse();
        assertThat(states.get(fixture.unitId("TNMT")).state()).isEqualTo(ReportState.NOT_STARTED);
        assertThat(reporting.currentPeriod()).isPresent();
        assertThat(fixture.figure(report, "petition.received")).isInstanceOf(BigDecimal.class);
    }
}
