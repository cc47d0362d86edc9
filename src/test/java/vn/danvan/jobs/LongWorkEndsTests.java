package vn.danvan.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** How a job ends: the message its owner reads when it failed, and a result that is a page of the application. */
class LongWorkEndsTests {

    @Test
    void aFailedJobTellsItsOwnerWhy() {
        assertThat(LongWorkRunner.errorKey(new AccessDeniedException("disabled"))).isEqualTo("jobs.error.owner");
        assertThat(LongWorkRunner.errorKey(new LongWorkRefusedException("commendation.rank.error.state")))
                .isEqualTo("commendation.rank.error.state");
        assertThat(LongWorkRunner.errorKey(new OptimisticLockingFailureException("round 7")))
                .isEqualTo("jobs.error.changed");
        assertThat(LongWorkRunner.errorKey(new IllegalStateException("Nguyễn Văn A, 0912345678")))
                .isEqualTo("jobs.error.unexpected");
    }

    @Test
    void aRefusalNamesAMessageThatFitsTheJobsRecord() {
        assertThatThrownBy(() -> new LongWorkRefusedException(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LongWorkRefusedException("k".repeat(121)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResultPageIsAPathOfThisApplication() {
        var page = (LongWorkResult.Page) LongWorkResult.page("/commendation/7", "commendation.rank.done");
        assertThat(page.link()).isEqualTo("/commendation/7");
        for (String elsewhere : new String[] {"https://example.org/x", "//example.org/x", "commendation/7", null,
            "/" + "x".repeat(300)}) {
            assertThatThrownBy(() -> LongWorkResult.page(elsewhere, "commendation.rank.done"))
                    .as(elsewhere).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> LongWorkResult.page("/commendation/7", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
