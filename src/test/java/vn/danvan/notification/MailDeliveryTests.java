package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class MailDeliveryTests {

    @Test
    void aFailureIsDescribedWithoutAnyAddressInIt() {
        var e = new MailSendException("550 5.1.1 <nguyen.van.an@example.vn>: Recipient address rejected; "
                + "from danvan@localhost");
        assertThat(MailDelivery.describe(e))
                .startsWith("MailSendException: 550 5.1.1")
                .doesNotContain("nguyen.van.an", "example.vn", "danvan@localhost")
                .contains("***");
    }

    @Test
    void aLongFailureIsShortenedToItsColumn() {
        assertThat(MailDelivery.describe(new IllegalStateException("x".repeat(5000)))).hasSize(1000);
    }

    @Test
    void retriesWaitLongerEachTime() {
        assertThat(MailDelivery.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDelivery.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailDelivery.retryDelay(4)).isEqualTo(Duration.ofMinutes(8));
    }
}
