package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.shared.DanVanTime;

/**
 * Overdue petitions of An Bình for the dashboard's tests, received at the counter through the staff
 * screen. The dashboard may not use the petition module's code (its allowed dependencies), so the officer
 * chooses the category by its name on the form, as staff do.
 */
final class OverduePetitions {

    private static final String OFFICER = "anbinh.canbo";
    private static final Pattern CODE = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    OverduePetitions(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
    }

    /** A traffic petition of An Bình with the title, received today, its answer due days ago; its code. */
    String ofAnBinh(String title) throws Exception {
        return of(OFFICER, OrganisationFixture.of(context).unit("ABINH"), title);
    }

    /** A traffic petition of the officer's unit, received at its counter today, its answer due days ago; its code. */
    String of(String officer, long unitId, String title) throws Exception {
        String page = mvc.perform(post("/petitions").with(SignedIn.as(context, officer)).with(csrf())
                        .param("channel", "COUNTER").param("kind", "FEEDBACK")
                        .param("categoryId", category(officer, "Giao thông"))
                        .param("unitId", String.valueOf(unitId))
                        .param("title", title)
                        .param("content", "Đường liên ấp có nhiều ổ gà, xe không qua được.")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).as("a tracking code on the receipt").isTrue();
        // no screen ages a petition: its answer date is moved into the past on the record
        jdbc.sql("update petition set answer_due = :d where code = :c")
                .param("d", LocalDate.now(DanVanTime.ZONE).minusDays(3)).param("c", m.group()).update();
        return m.group();
    }

    /** The value of the category the staff form offers under the name. */
    private String category(String officer, String name) throws Exception {
        String form = mvc.perform(get("/petitions/new").with(SignedIn.as(context, officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(form).select("select[name=categoryId] option").stream()
                .filter(o -> o.text().strip().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no category " + name + " on the form")).val();
    }
}
