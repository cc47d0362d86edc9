package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;

/**
 * The consolidated figures over the API: per indicator of the template, the sum of counts, the number
 * of yes answers, the mean of percentages over the submitted and accepted reports only; for
 * district-wide roles (here with a bearer token of Home Affairs and as the Chairman), 403 for a
 * commune's officer.
 */
@DanVanIntegrationTest
class ReportingTotalsIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final ReportingFixture fixture;

    @Autowired
    ReportingTotalsIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.fixture = new ReportingFixture(mvc, context, jdbc);
    }

    @Test
    void totalsOverSubmittedAndAcceptedReportsForDistrictWideRolesOnly() throws Exception {
        long period = fixture.open(2029, LocalDate.of(2029, 10, 15), 0, "ABINH", "ALINH", "TNMT");
        String count = codeOf("COUNT");
        String yesNo = codeOf("YES_NO");
        String percent = codeOf("PERCENT");
        // An Bình submitted, An Linh accepted, Tài nguyên returned (not counted)
        report(period, "ABINH", "SUBMITTED", count, "12", yesNo, "1", percent, "80.5");
        report(period, "ALINH", "ACCEPTED", count, "5", yesNo, "0", percent, "60");
        report(period, "TNMT", "RETURNED", count, "1000", yesNo, "1", percent, "10");

        String secret = OrganisationFixture.of(context).token("noivu");
        String body = mvc.perform(get("/api/v1/reporting/periods/" + period + "/totals")
                        .header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periodId").value(period))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        long indicators = jdbc.sql("select count(*) from reporting_template_indicator where template_id = :t")
                .param("t", fixture.templateId()).query(Long.class).single();
        assertThat((List<?>) JsonPath.read(body, "$.indicators")).hasSize((int) indicators);
        assertThat(total(body, count)).isEqualByComparingTo("17");
        assertThat(field(body, count, "aggregation")).isEqualTo("SUM");
        assertThat(field(body, count, "kind")).isEqualTo("COUNT");
        assertThat(total(body, yesNo)).isEqualByComparingTo("1");
        assertThat(field(body, yesNo, "aggregation")).isEqualTo("YES_COUNT");
        assertThat(total(body, percent)).isEqualByComparingTo("70.25");
        assertThat(field(body, percent, "aggregation")).isEqualTo("MEAN");
        assertThat(field(body, percent, "reports")).isEqualTo(2);
        assertThat(field(body, count, "label")).isNotNull();

        mvc.perform(get("/api/v1/reporting/periods/" + period + "/totals").with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reporting/periods/" + period + "/totals").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
    }

    private String codeOf(String kind) {
        return jdbc.sql("""
                select code from reporting_template_indicator where template_id = :t and kind = :k
                order by position limit 1""")
                .param("t", fixture.templateId()).param("k", kind).query(String.class).single();
    }

    /** The unit's report moved to the state, with the given code/value pairs as its figures. */
    private void report(long period, String unit, String state, String... values) {
        long report = fixture.reportOf(period, unit);
        fixture.inState(report, ReportState.valueOf(state));
        fixture.figures(report, values);
    }

    private static Object field(String body, String code, String name) {
        List<Object> found = JsonPath.read(body, "$.indicators[?(@.code == '" + code + "')]." + name);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static BigDecimal total(String body, String code) {
        return new BigDecimal(String.valueOf(field(body, code, "total")));
    }
}
