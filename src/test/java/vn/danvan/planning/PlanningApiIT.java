package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/** The plans API answers with a personal token, in the caller's scope, and is described in OpenAPI. */
@DanVanIntegrationTest
class PlanningApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    PlanningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(mvc, context, jdbc);
    }

    private long anBinhPlan(int year) throws Exception {
        String target = mvc.perform(post("/planning/plans").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("unitId", String.valueOf(fixtures.unit("ABINH"))).param("year", String.valueOf(year)))
                .andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        mvc.perform(post("/planning/plans/{id}/items", plan).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("task", "T1G").param("professionalWork", "Phối hợp với Mặt trận")
                .param("content", "Mời Ủy ban MTTQ xã giám sát việc giải quyết kiến nghị")
                .param("ownerAccountId", String.valueOf(fixtures.account("anbinh.canbo")))
                .param("dueDate", "30/10/" + year).param("targetText", "01 cuộc giám sát").param("version", "0"));
        return plan;
    }

    @Test
    void theCallerSeesThePlansOfTheirScopeAndOneWithItsItems() throws Exception {
        long plan = anBinhPlan(2025);
        String officer = fixtures.token("anbinh.canbo");

        mvc.perform(get("/api/v1/planning/plans").param("year", "2025").header("Authorization", "Bearer " + officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unitCode").value(hasItem("ABINH")))
                .andExpect(jsonPath("$[*].unitCode").value(not(hasItem("ALINH"))))
                .andExpect(jsonPath("$[0].state").value("DRAFT"))
                .andExpect(jsonPath("$[0].items").value(1));
        mvc.perform(get("/api/v1/planning/plans/{id}", plan).header("Authorization", "Bearer " + officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("ABINH"))
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.items[0].directiveTask").value("1g"))
                .andExpect(jsonPath("$.items[0].dueDate").value("2025-10-30"));

        String homeAffairs = fixtures.token("noivu");
        mvc.perform(get("/api/v1/planning/plans").param("year", "2025").header("Authorization", "Bearer " + homeAffairs))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unitCode").value(hasItem("ALINH")))
                .andExpect(jsonPath("$[*].unitCode").value(hasItem("ABINH")));
    }

    @Test
    void anOfficerOfAnotherCommuneIsForbiddenAndGetsNoData() throws Exception {
        long plan = anBinhPlan(2018);
        String alinh = fixtures.token(fixtures.officerOf("ALINH"));
        String body = mvc.perform(get("/api/v1/planning/plans/{id}", plan).header("Authorization", "Bearer " + alinh))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Mời Ủy ban MTTQ xã");
        mvc.perform(get("/api/v1/planning/plans/{id}", plan)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/planning/plans").param("year", "1990").header("Authorization", "Bearer " + alinh))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/planning/plans'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/planning/plans/{id}'].get.summary").exists())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Planning")));
    }
}
