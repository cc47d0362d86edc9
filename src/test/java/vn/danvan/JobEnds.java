package vn.danvan;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting in a test for a background job to end, as its progress page would. */
public final class JobEnds {

    private JobEnds() {
    }

    /** The job's end state (DONE or FAILED) once it has one; fails the test after {@code wait}. */
    public static String waitFor(JdbcClient jdbc, long id, Duration wait) throws InterruptedException {
        Instant until = Instant.now().plus(wait);
        while (Instant.now().isBefore(until)) {
            String state = jdbc.sql("select state from long_work where id = :id").param("id", id).query(String.class)
                    .single();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return state;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not end within " + wait);
    }
}
