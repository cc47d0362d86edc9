package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.Eventually.direct;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.Eventually;
import vn.danvan.SignedIn;
import vn.danvan.notification.NoticeFixture;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/**
 * A dossier received at a unit's counter reaches the unit's other officers once, with its link, by e-mail as
 * each chose, naming the procedure and never the applicant; the officer who received it and other units get
 * nothing.
 */
@DanVanIntegrationTest
class DossierArrivalsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DossierArrivals arrivals;

    NoticeFixture notices;

    @BeforeEach
    void setUp() {
        notices = NoticeFixture.of(context);
    }

    @Test
    void aNewDossierReachesTheUnitsOtherOfficersOnce() throws Exception {
        OrganisationFixture organisation = OrganisationFixture.of(context);
        var colleague = notices.person("ABINH", "EACH", Role.OFFICER);
        var digest = notices.person("ABINH", "DAILY_DIGEST", Role.OFFICER);
        var elsewhere = notices.person("ALINH", "EACH", Role.OFFICER);
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, "noivu")).with(csrf())
                .param("code", code).param("name", "Thủ tục thử " + code).param("field", "Hộ tịch")
                .param("timeLimit", "5").param("fee", "0").param("unitId", Long.toString(organisation.unit("ABINH")))
                .param("active", "true")).andExpect(status().is3xxRedirection());
        long procedure = jdbc.sql("select id from dossier_procedure where code = :c").param("c", code)
                .query(Long.class).single();

        String location = mvc.perform(post("/dossiers").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("procedureId", Long.toString(procedure)).param("applicantName", "Trần Thị Lan")
                        .param("applicantPhone", "0912 345 678").param("applicantAddress", "Tổ 3, ấp Bình Thắng"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String link = "/dossiers/" + id;
        String dossierCode = jdbc.sql("select code from dossier where id = :id").param("id", id).query(String.class).single();

        assertThat(Eventually.is(1L, () -> notices.inApp(colleague.accountId(), link))).isEqualTo(1);
        assertThat(Eventually.is(1L, () -> notices.inApp(digest.accountId(), link))).isEqualTo(1);
        assertThat(notices.titles(colleague.accountId(), link)).containsExactly(
                "Hồ sơ mới " + dossierCode + ": Thủ tục thử " + code);
        assertThat(notices.mailsTo(colleague.email(), link)).singleElement().asString().contains(link)
                .doesNotContain("Trần Thị Lan").doesNotContain("0912 345 678");
        assertThat(notices.mailsTo(digest.email(), link)).isEmpty();
        assertThat(notices.inApp(organisation.accountId("anbinh.canbo"), link)).as("who received it").isZero();
        assertThat(notices.inApp(elsewhere.accountId(), link)).isZero();

        direct(arrivals).on(new DossierArrived(id, organisation.unit("ABINH"), "RECEIVED", organisation.accountId("anbinh.canbo"),
                notices.sentOn(DossierArrivals.TOPIC, id)));
        assertThat(notices.inApp(colleague.accountId(), link)).isEqualTo(1);
        assertThat(notices.sent(DossierArrivals.TOPIC, id)).isEqualTo(1);
    }
}
