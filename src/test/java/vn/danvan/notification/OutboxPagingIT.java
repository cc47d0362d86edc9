package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.ListPages;
import vn.danvan.SignedIn;

/** The mail outbox pages by keyset, newest first, with the total and the filters kept; only administrators. */
@DanVanIntegrationTest
class OutboxPagingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;

    @Test
    void theOutboxPagesNewestFirstForwardAndBackWithTheTotalAndTheFiltersKept() throws Exception {
        String reference = "PG" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            notifications.email("cong.dan" + i + "@example.vn", "Thư thử phân trang " + i, "Nội dung", reference + "-" + i);
            made.add(reference + "-" + i);
        }
        List<String> shown = ListPages.of(mvc, SignedIn.as(context, "admin")).walk("/admin/outbox?q="
                + reference.toLowerCase() + "&status=NO_SMTP&size=20",
                Pattern.compile("<td[^>]*>(" + reference + "-\\d+)</td>"), 20, 21, "status=NO_SMTP",
                "q=" + reference.toLowerCase());
        Collections.reverse(made);
        assertThat(shown).isEqualTo(made);

        mvc.perform(get("/admin/outbox").with(SignedIn.as(context, "noivu"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").param("cursor", reference).with(SignedIn.as(context, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Liên kết trang không hợp lệ hoặc đã bị sửa")));
    }
}
