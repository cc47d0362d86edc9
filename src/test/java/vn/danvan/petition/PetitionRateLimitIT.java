package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.petition.intake.CitizenKeys;

/**
 * Submissions, lookups and citizen-key attempts from one address are limited per hour, with a clear
 * message and nothing lost.
 */
@DanVanIntegrationTest
@TestPropertySource(properties = {"danvan.petition.submissions-per-hour=3", "danvan.petition.lookups-per-hour=5"})
class PetitionRateLimitIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder submission(String address, String key) {
        long category = jdbc.sql("select id from petition_category where code = 'KHAC'").query(Long.class).single();
        return post("/portal/petitions").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("kind", "FEEDBACK").param("categoryId", String.valueOf(category)).param("title", "Giới hạn gửi")
                .param("content", "Nội dung thử giới hạn").param("consent", "true").param("submissionKey", key);
    }

    @Test
    void theFourthSubmissionInAnHourFromOneAddressIsRefused() throws Exception {
        String address = "10.20.30." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < 3; i++) {
            mvc.perform(submission(address, UUID.randomUUID().toString())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Mã tra cứu của bạn")));
        }
        String key = UUID.randomUUID().toString();
        mvc.perform(submission(address, key))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("đã gửi 3 phản ánh trong một giờ qua")))
                .andExpect(content().string(containsString("Nội dung thử giới hạn")));
        assertThat(jdbc.sql("select count(*) from petition where submission_key = :k").param("k", CitizenKeys.submissionHash(key))
                .query(Long.class).single()).isZero();

        mvc.perform(submission("10.99.99.99", UUID.randomUUID().toString())).andExpect(status().isOk());
    }

    @Test
    void lookupsAndKeyAttemptsFromOneAddressAreLimited() throws Exception {
        String address = "10.40.50." + (int) (Math.random() * 200 + 1);
        String code = jdbc.sql("select code from petition order by id fetch first 1 rows only").query(String.class)
                .single();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/portal/petitions/lookup").param("code", code).with(from(address)))
                    .andExpect(status().isOk());
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/portal/petitions/lookup").with(csrf()).with(from(address)).param("code", code)
                    .param("key", "AAAA-BBBB-CCC" + i)).andExpect(status().isOk());
        }
        mvc.perform(get("/portal/petitions/lookup").param("code", code).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Bạn đã tra cứu quá 5 lần trong một giờ")));
        mvc.perform(post("/portal/petitions/rate").with(csrf()).with(from(address)).param("code", code)
                .param("key", "AAAA-BBBB-CCCC").param("rating", "5")).andExpect(status().isTooManyRequests());
        // a forged X-Forwarded-For from an untrusted peer changes nothing
        mvc.perform(get("/portal/petitions/lookup").param("code", code).with(from(address))
                .header("X-Forwarded-For", "203.0.113.9")).andExpect(status().isTooManyRequests());
        mvc.perform(get("/portal/petitions/lookup").param("code", code).with(from("10.99.99.98")))
                .andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }
}
