package vn.danvan.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;

/** Health, metrics, the API description and the public home page. */
@DanVanIntegrationTest
class OperationsIT {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metricsNeedAnAdministratorToken() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer dv_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void apiIsDescribed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/calendar/due-date")));
    }

    @Test
    void protectedApiAnswersJsonWithoutSignIn() throws Exception {
        mvc.perform(get("/api/v1/anything")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("Cần đăng nhập hoặc mã truy cập API hợp lệ."));
    }

    @Test
    void staticFilesHaveVersionedUrlsAndAreCachedForAYear() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("/static/css/danvan-[0-9a-f]{32}\\.css").matcher(page);
        org.assertj.core.api.Assertions.assertThat(css.find()).as("hashed stylesheet URL in " + page).isTrue();
        mvc.perform(get(css.group())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", containsString("max-age=31536000")));
    }

    @Test
    void anHtmxRequestWithoutSignInAsksForAWholePageSignIn() throws Exception {
        mvc.perform(get("/notifications/unread-count").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Redirect", "/login"));
    }

    @Test
    void publicPagesWithoutFormsOpenNoSession() throws Exception {
        for (String page : new String[] {"/", "/portal/petitions/lookup", "/portal/answers"}) {
            var response = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse();
            org.assertj.core.api.Assertions.assertThat(response.getHeaders("Set-Cookie")).as(page)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
    }

    @Test
    void publicHomeIsVietnameseAndSwitchesToEnglish() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Công tác dân vận chính quyền")));
        mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Government civic-engagement work")));
    }
}
