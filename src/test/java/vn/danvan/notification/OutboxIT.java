package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.TableExport;

/** Without SMTP settings (as in the test profile) mail waits in the outbox, which only administrators read. */
@DanVanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OutboxIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationService notifications;

    @Test
    void withoutSmtpAMailIsKeptAsNoSmtpAndAnAdminReadsIt(CapturedOutput output) throws Exception {
        String reference = reference();
        notifications.email("nguyen.van.an@example.vn", "Kết quả giải quyết kiến nghị của ông/bà",
                "Kính gửi ông Nguyễn Văn An,\nKiến nghị của ông đã được giải quyết.", reference);

        assertThat(jdbc.sql("select status from mail_outbox where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("NO_SMTP");
        assertThat(output.getAll()).contains(reference).doesNotContain("nguyen.van.an@example.vn");

        mvc.perform(get("/admin/outbox").param("q", reference).with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-smtp\"")))
                .andExpect(content().string(containsString("n***@example.vn")))
                .andExpect(content().string(not(containsString("nguyen.van.an@example.vn"))))
                .andExpect(content().string(containsString("Kết quả giải quyết kiến nghị của ông/bà")))
                .andExpect(content().string(containsString("Chưa gửi - chưa cấu hình máy chủ thư")))
                .andExpect(content().string(containsString(LocalDate.now(DanVanTime.ZONE).format(DanVanTime.DATE))));

        long id = jdbc.sql("select id from mail_outbox where reference = :r").param("r", reference)
                .query(Long.class).single();
        mvc.perform(get("/admin/outbox/{id}", id).with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kính gửi ông Nguyễn Văn An,</span><br>")))
                .andExpect(content().string(containsString("nguyen.van.an@example.vn")))
                .andExpect(content().string(containsString("Kiến nghị của ông đã được giải quyết.")));
        // the whole address is personal data: each view of the mail is in the audit
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'MailOutbox' and entity_id = :id
                  and action = 'VIEW_PERSONAL_DATA' and actor = 'admin'""").param("id", String.valueOf(id))
                .query(Long.class).single()).isOne();
    }

    @Test
    void theListFiltersByStatusTextAndDate() throws Exception {
        String reference = reference();
        notifications.email("cong.dan@example.vn", "Thư mời đối thoại", "Nội dung", reference);
        String today = LocalDate.now(DanVanTime.ZONE).toString();
        String tomorrow = LocalDate.now(DanVanTime.ZONE).plusDays(1).toString();

        mvc.perform(get("/admin/outbox").param("q", "thu moi doi thoai").param("status", "NO_SMTP")
                        .param("from", today).param("to", today).with(SignedIn.as(context, "admin")))
                .andExpect(content().string(containsString(listed(reference))));
        mvc.perform(get("/admin/outbox").param("q", reference).param("status", "SENT")
                        .with(SignedIn.as(context, "admin")))
                .andExpect(content().string(not(containsString(listed(reference)))));
        mvc.perform(get("/admin/outbox").param("q", reference).param("from", tomorrow)
                        .with(SignedIn.as(context, "admin")))
                .andExpect(content().string(not(containsString(listed(reference)))));
        mvc.perform(get("/admin/outbox").param("status", "NOPE").with(SignedIn.as(context, "admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theListExportsAsExcelAndCsv() throws Exception {
        String reference = reference();
        notifications.email("cong.dan@example.vn", "Phiếu khảo sát sự hài lòng", "Nội dung", reference);

        mvc.perform(get("/admin/outbox/export").param("q", reference).param("format", "xlsx")
                        .with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TableExport.XLSX));
        byte[] csv = mvc.perform(get("/admin/outbox/export").param("q", reference).param("format", "csv")
                        .with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("hop-thu-di.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Phiếu khảo sát sự hài lòng", reference,
                "Chưa gửi - chưa cấu hình máy chủ thư");
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() throws Exception {
        for (String path : new String[] {"/admin/outbox", "/admin/outbox/export", "/admin/outbox/1"}) {
            mvc.perform(get(path).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(SignedIn.as(context, "noivu"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/outbox/{id}", Long.MAX_VALUE).with(SignedIn.as(context, "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBadAddressIsRefusedWithoutQuotingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> notifications.email("khong-phai-dia-chi", "Tiêu đề", "Nội dung", reference()))
                .withMessageNotContaining("khong-phai-dia-chi");
    }

    /** The reference as a cell of the list (the filter form repeats it too). */
    private static String listed(String reference) {
        return ">" + reference + "</td>";
    }

    private static String reference() {
        return "PAKN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
