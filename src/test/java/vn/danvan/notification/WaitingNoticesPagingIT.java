package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/** Every notice nobody could receive is listed, by topic, a page at a time with the total; administrators only. */
@DanVanIntegrationTest
class WaitingNoticesPagingIT {

    private static final String TOPIC = "test.paging";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    NoticeService notices;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forget() {
        jdbc.sql("delete from notice_waiting where topic = :t").param("t", TOPIC).update();
    }

    @Test
    void theWaitingNoticesOfATopicPageWithTheirTotal() throws Exception {
        for (int i = 1; i <= 21; i++) {
            NoticeLetter nobody = new NoticeLetter(List.of(), "Thử", "Thử.", "/home");
            assertThat(notices.notifyOnce(new NoticeKey(TOPIC, i, "PAGE", LocalDate.of(2027, 1, 1)), nobody))
                    .isEqualTo(NoticeOutcome.NOBODY_TO_TELL);
        }
        String first = mvc.perform(get("/admin/outbox/waiting").param("topic", TOPIC).param("size", "20")
                        .with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows(first)).isEqualTo(20);
        assertThat(first).contains("21");
        Matcher next = Pattern.compile("href=\"(/admin/outbox/waiting\\?[^\"]*cursor=[^\"]+)\"").matcher(first);
        assertThat(next.find()).as("a link to the next page").isTrue();
        String second = mvc.perform(get(next.group(1).replace("&amp;", "&")).with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows(second)).isEqualTo(1);
        mvc.perform(get("/admin/outbox/waiting").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
    }

    private static int rows(String page) {
        String body = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        return body.split("<tr").length - 1;
    }
}
