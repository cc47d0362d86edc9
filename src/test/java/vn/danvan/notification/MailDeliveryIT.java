package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.MovableClock;

/**
 * The SMTP path, against GreenMail. The shared test context has no mail server (other tests rely on
 * that), so these tests build their own {@link MailDelivery} on the shared database with a sender
 * pointed at GreenMail, and queue their mails as PENDING themselves.
 */
@DanVanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailDeliveryIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MailOutbox outbox;
    @Autowired
    PlatformTransactionManager transactions;

    final MovableClock clock = new MovableClock();

    @Test
    void aPendingMailIsDeliveredOnceIntactAndMarkedSent(CapturedOutput output) throws Exception {
        MailDelivery delivery = delivery(greenMail.getSmtp().getPort());
        String reference = reference();
        long id = outbox.queue("tran.thi.binh@example.vn", "Thông báo kết quả giải quyết đơn - Xã An Bình",
                "Kính gửi bà Trần Thị Bình,\nĐơn của bà đã được giải quyết: đường liên ấp được sửa trước ngày 30/9.",
                reference, MailStatus.PENDING, OffsetDateTime.now(clock));

        delivery.deliverDue();
        delivery.deliverDue();

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Thông báo kết quả giải quyết đơn - Xã An Bình");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("tran.thi.binh@example.vn");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("danvan@phugiao.example.vn");
        assertThat(((String) received[0].getContent()).replace("\r\n", "\n")).isEqualTo(
                "Kính gửi bà Trần Thị Bình,\nĐơn của bà đã được giải quyết: đường liên ấp được sửa trước ngày 30/9.");

        OutboxMail mail = outbox.find(id).orElseThrow();
        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.sentAt()).isNotNull();
        assertThat(output.getAll()).contains("Sent mail " + id + " (" + reference + ")")
                .doesNotContain("tran.thi.binh@example.vn");
    }

    @Test
    void aFailingMailIsRetriedWithGrowingDelaysAndFailsAfterFiveAttempts(CapturedOutput output) {
        MailDelivery delivery = delivery(unusedPort());
        long id = outbox.queue("le.van.cuong@example.vn", "Thư không gửi được", "Nội dung", reference(),
                MailStatus.PENDING, OffsetDateTime.now(clock));

        for (int attempt = 1; attempt <= MailDelivery.MAX_ATTEMPTS; attempt++) {
            assertThat(delivery.deliverDue()).isZero();
            OutboxMail mail = outbox.find(id).orElseThrow();
            assertThat(mail.attempts()).isEqualTo(attempt);
            assertThat(mail.lastError()).isNotBlank().doesNotContain("le.van.cuong@example.vn");
            if (attempt < MailDelivery.MAX_ATTEMPTS) {
                assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
                delivery.deliverDue();
                assertThat(outbox.find(id).orElseThrow().attempts()).as("not retried before its delay")
                        .isEqualTo(attempt);
                clock.advance(MailDelivery.retryDelay(attempt));
            } else {
                assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
                assertThat(mail.sentAt()).isNull();
            }
        }
        clock.advance(Duration.ofDays(1));
        delivery.deliverDue();
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(MailDelivery.MAX_ATTEMPTS);
        assertThat(output.getAll()).contains("giving up").doesNotContain("le.van.cuong@example.vn");
    }

    private MailDelivery delivery(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return new MailDelivery(outbox, Optional.of(sender), transactions, clock,
                "danvan@phugiao.example.vn");
    }

    private static int unusedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reference() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
