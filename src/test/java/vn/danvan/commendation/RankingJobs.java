package vn.danvan.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The "rank" button as a test presses it: the request answers 303 with the ranking job's page, and the test
 * follows the job (as its page does) until it ends.
 */
final class RankingJobs {

    private RankingJobs() {
    }

    /** Ranks the round at its current version and waits for the job to end well; the job's id. */
    static long rank(MockMvc mvc, JdbcClient jdbc, RequestPostProcessor as, long round) throws Exception {
        long job = start(mvc, jdbc, as, round);
        assertThat(waitForEnd(jdbc, job)).as("ranking job %s", job).isEqualTo("DONE");
        return job;
    }

    /** Presses "rank" at the round's current version; the job the answer leads to (303 to its page). */
    static long start(MockMvc mvc, JdbcClient jdbc, RequestPostProcessor as, long round) throws Exception {
        String location = mvc.perform(post("/commendation/" + round + "/rank").with(as).with(csrf())
                        .param("version", String.valueOf(version(jdbc, round))))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/jobs/\\d+");
        return Long.parseLong(location.substring("/jobs/".length()));
    }

    static long version(JdbcClient jdbc, long round) {
        return jdbc.sql("select version from commendation_round where id = :id").param("id", round)
                .query(Long.class).single();
    }

    /** The job's state once it ended (DONE or FAILED); fails after 90 s. */
    static String waitForEnd(JdbcClient jdbc, long job) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            String state = jdbc.sql("select state from long_work where id = :id").param("id", job)
                    .query(String.class).single();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not end within 90 s");
    }
}
