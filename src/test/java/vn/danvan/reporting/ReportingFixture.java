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

/** Periods opened, reports moved on and petitions received through the screens, as the people would. */
final class ReportingFixture {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    ReportingFixture(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
    }

    long unitId(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    long accountId(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
    }

    long templateId() {
        return jdbc.sql("select min(id) from reporting_template").query(Long.class).single();
    }

    /** Home Affairs opens a period for the units, figures over the whole year; returns its id. */
    long open(int year, LocalDate deadline, int graceDays, String... unitCodes) throws Exception {
        MockHttpServletRequestBuilder request = post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                .param("year", String.valueOf(year)).param("templateId", String.valueOf(templateId()))
                .param("deadline", deadline.toString()).param("graceDays", String.valueOf(graceDays))
                .param("spanFrom", year + "-01-01").param("spanTo", year + "-12-31");
        for (String code : unitCodes) {
            request.param("unitIds", String.valueOf(unitId(code)));
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long reportOf(long periodId, String unitCode) {
        return jdbc.sql("select id from unit_report where period_id = :p and unit_id = :u").param("p", periodId)
                .param("u", unitId(unitCode)).query(Long.class).single();
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

    /** An officer account of An Linh (the demo has none), created once. */
    String anLinhOfficer() {
        String username = "anlinh.canbo";
        if (jdbc.sql("select count(*) from account where username = :u").param("u", username).query(Long.class).single() > 0) {
            return username;
        }
        long unit = unitId("ALINH");
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (full_name, search_key, unit_id, created_at, updated_at)
                values ('Ngô Văn Lộc', 'ngo van loc', :u, :now, :now)""")
                .param("u", unit).param("now", now).update(keys, "id");
        long person = keys.getKey().longValue();
        String hash = jdbc.sql("select password_hash from account where username = 'anbinh.canbo'").query(String.class)
                .single();
        var accountKeys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (username, password_hash, person_id, unit_id, created_at, updated_at)
                values (:name, :hash, :p, :u, :now, :now)""")
                .param("name", username).param("hash", hash).param("p", person).param("u", unit).param("now", now)
                .update(accountKeys, "id");
        jdbc.sql("insert into account_role (account_id, role) values (:a, 'OFFICER')")
                .param("a", accountKeys.getKey().longValue()).update();
        return username;
    }
}
