package vn.danvan.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/**
 * Periods opened, reports moved on and petitions received through the screens, as the people would;
 * reports put in a state through the report's own moves, and their figures.
 */
final class ReportingFixture {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final OrganisationFixture organisation;
    private final Reports reports;
    private final Periods periods;

    ReportingFixture(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.organisation = OrganisationFixture.of(context);
        this.reports = context.getBean(Reports.class);
        this.periods = context.getBean(Periods.class);
    }

    long unitId(String code) {
        return organisation.unit(code);
    }

    long accountId(String username) {
        return organisation.accountId(username);
    }

    long templateId() {
        return jdbc.sql("select min(id) from reporting_template").query(Long.class).single();
    }

    /** Home Affairs opens a period for the units, figures over the whole year; returns its id. */
    long open(int year, LocalDate deadline, int graceDays, String... unitCodes) throws Exception {
        return open(year, deadline, graceDays, java.util.Arrays.stream(unitCodes).mapToLong(this::unitId).toArray());
    }

    /** Home Affairs opens a period for the units (by id), figures over the whole year; returns its id. */
    long open(int year, LocalDate deadline, int graceDays, long... unitIds) throws Exception {
        MockHttpServletRequestBuilder request = post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                .param("year", String.valueOf(year)).param("templateId", String.valueOf(templateId()))
                .param("deadline", deadline.toString()).param("graceDays", String.valueOf(graceDays))
                .param("spanFrom", year + "-01-01").param("spanTo", year + "-12-31");
        for (long unit : unitIds) {
            request.param("unitIds", String.valueOf(unit));
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long reportOf(long periodId, String unitCode) {
        return reportOf(periodId, unitId(unitCode));
    }

    long reportOf(long periodId, long unitId) {
        return reports.statuses(periodId, java.util.List.of(unitId)).stream().findFirst().orElseThrow().reportId();
    }

    /** The report written, signed off and submitted at {@code at} through the report's own moves. */
    void submittedAt(long reportId, OffsetDateTime at) {
        moved(reportId, r -> {
            r.edit(SelfRating.GOOD);
            r.signOff();
            r.submit(at, periods.find(r.periodId()).orElseThrow().due());
        });
    }

    /** The report submitted now and then, when asked, accepted or returned by Home Affairs. */
    void inState(long reportId, ReportState state) {
        submittedAt(reportId, OffsetDateTime.now());
        switch (state) {
            case SUBMITTED -> {
            }
            case ACCEPTED -> moved(reportId, UnitReport::accept);
            case RETURNED -> moved(reportId, r -> r.returnForCorrection("Số liệu chưa khớp."));
            default -> throw new IllegalArgumentException("not a state after submission: " + state);
        }
    }

    /** The report's figures, stored as the report's figures are: code, value, code, value... */
    void figures(long reportId, String... codesAndValues) {
        for (int i = 0; i + 1 < codesAndValues.length; i += 2) {
            reports.saveFigure(reportId, codesAndValues[i], new BigDecimal(codesAndValues[i + 1]), null);
        }
    }

    private void moved(long reportId, java.util.function.Consumer<UnitReport> steps) {
        UnitReport r = reports.find(reportId).orElseThrow();
        steps.accept(r);
        reports.save(r, OffsetDateTime.now());
    }

    long version(long reportId) {
        return jdbc.sql("select version from unit_report where id = :id").param("id", reportId).query(Long.class).single();
    }

    String state(long reportId) {
        return jdbc.sql("select state from unit_report where id = :id").param("id", reportId).query(String.class).single();
    }

    Boolean onTime(long reportId) {
        return jdbc.sql("select on_time from unit_report where id = :id").param("id", reportId).query(Boolean.class)
                .single();
    }

    BigDecimal figure(long reportId, String code) {
        return jdbc.sql("select value_numeric from report_value where report_id = :r and indicator_code = :c")
                .param("r", reportId).param("c", code).query(BigDecimal.class).optional().orElse(null);
    }

    /** A step posted by the user with the report's current version. */
    org.springframework.test.web.servlet.ResultActions step(String user, long reportId, String action, String... params)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/reporting/reports/" + reportId + "/" + action)
                .with(SignedIn.as(context, user)).with(csrf()).param("version", String.valueOf(version(reportId)));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    /** The unit writes its narrative and self-rating, then the head signs off and submits. */
    void writeSignAndSubmit(long reportId, String officer, String head) throws Exception {
        step(officer, reportId, "write", "sections[1b]", "Tổ chức 4 hội nghị đối thoại với Nhân dân. Đã trả lời 12 kiến nghị. "
                + "Còn 1 kiến nghị đang xử lý.", "sections[KN]", "Đề nghị huyện tập huấn kỹ năng dân vận cho công chức xã.",
                "selfRating", "GOOD").andExpect(status().is3xxRedirection());
        step(head, reportId, "signOff").andExpect(status().is3xxRedirection());
        step(head, reportId, "submit").andExpect(status().is3xxRedirection());
    }

    /** A land petition for An Bình received at the counter today through the staff intake. */
    void petitionForAnBinh(String title) throws Exception {
        long category = jdbc.sql("select id from petition_category where code = 'DAT_DAI'").query(Long.class).single();
        mvc.perform(post("/petitions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("channel", "COUNTER").param("kind", "PROPOSAL")
                        .param("categoryId", String.valueOf(category))
                        .param("unitId", String.valueOf(unitId("ABINH")))
                        .param("title", title)
                        .param("content", "Đề nghị sửa chữa đoạn đường đất bị sạt lở sau mưa lớn ở ấp Bình Hòa.")
                        .param("place", "Ấp Bình Hòa, xã An Bình")
                        .param("fullName", "Trần Thị Mai").param("phone", "0987654321")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk());
    }

    /** A new officer account of An Linh (the demo has none). */
    String anLinhOfficer() {
        return organisation.staff().in("ALINH").role(Role.OFFICER).named("Ngô Văn Lộc").create().username();
    }
}
