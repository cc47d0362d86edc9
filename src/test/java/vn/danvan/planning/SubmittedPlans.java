package vn.danvan.planning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;

/** A unit's plan of a year opened, given one item and sent for approval by its officer, through the screens. */
public final class SubmittedPlans {

    private SubmittedPlans() {
    }

    /** The plan's id, sent for approval by the officer (an account of the unit). */
    public static long submitted(ApplicationContext context, OrganisationFixture.Staff officer, String unitCode, int year)
            throws Exception {
        MockMvc mvc = context.getBean(MockMvc.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String target = mvc.perform(post("/planning/plans").with(SignedIn.as(context, officer.username())).with(csrf())
                        .param("unitId", String.valueOf(OrganisationFixture.of(context).unit(unitCode)))
                        .param("year", String.valueOf(year)))
                .andExpect(redirectedUrlPattern("/planning/plans/*")).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        long guide = jdbc.sql("select id from guiding_document where number_symbol = '02/CT-UBND'").query(Long.class)
                .single();
        mvc.perform(post("/planning/plans/{id}/items", plan).with(SignedIn.as(context, officer.username())).with(csrf())
                .param("task", "T1D").param("professionalWork", "Tiếp công dân, giải quyết kiến nghị")
                .param("content", "Đối thoại với Nhân dân năm " + year)
                .param("ownerAccountId", String.valueOf(officer.accountId()))
                .param("dueDate", "30/06/" + year).param("targetText", "hội nghị").param("targetNumber", "2")
                .param("targetUnit", "hội nghị").param("guideIds", String.valueOf(guide)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/planning/plans/{id}/submit", plan).with(SignedIn.as(context, officer.username())).with(csrf())
                .param("version", String.valueOf(version(jdbc, plan)))).andExpect(redirectedUrl("/planning/plans/" + plan));
        return plan;
    }

    static long version(JdbcClient jdbc, long planId) {
        return jdbc.sql("select version from annual_plan where id = :id").param("id", planId).query(Long.class).single();
    }
}
