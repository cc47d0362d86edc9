package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.petition.handling.Petition;

/**
 * "Việc của tôi" (issue 18, point 1) for petitions: each person's home counts the petitions that are theirs to act on
 * (to accept for the unit's officers, assigned to them, drafts to approve for the head), first due first, a late one
 * in red with the word "Quá hạn"; another unit's head sees none of them; a person with nothing to do is told so, and
 * an empty queue says what comes next.
 */
@DanVanIntegrationTest
class MyWorkIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/home").with(SignedIn.as(context, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The card of one queue on the page (from its id to the end of the card). */
    private static String card(String page, String nameKey) {
        int start = page.indexOf("id=\"queue-" + nameKey + "\"");
        assertThat(start).as("queue %s on the page", nameKey).isNotNegative();
        int end = page.indexOf("</div>\n      </div>", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** The "assigned to me" card, or nothing when that queue is empty (then listed without its records). */
    private static String assignedCard(String page) {
        return page.contains("class=\"card h-100 dv-queue\" id=\"queue-work.petition.answer\"")
                ? card(page, "work.petition.answer") : "";
    }

    private static long shownCount(String card) {
        Matcher m = Pattern.compile("badge text-bg-danger rounded-pill\"[^>]*>([0-9.]+)<").matcher(card);
        assertThat(m.find()).as("a count on the card").isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    private long count(String where, Object... params) {
        var spec = jdbc.sql("select count(*) from petition where " + where);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(params[i]);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void theUnitsNewPetitionsWaitForItsOfficersFirstDueFirstWithALateOneMarked() throws Exception {
        Petition late = fixture.received("Cống thoát nước bị tắc lâu ngày " + System.nanoTime(), null);
        jdbc.sql("update petition set answer_due = :due where id = :id").param("due", LocalDate.of(2001, 1, 2))
                .param("id", late.id()).update();
        long unit = fixture.unitId("ABINH");

        String card = card(home("anbinh.canbo"), "work.petition.accept");
        assertThat(shownCount(card)).as("the tally's count of the unit's received petitions")
                .isEqualTo(count("unit_id = ? and status = 'RECEIVED'", unit));
        assertThat(card).contains("Phản ánh chờ tiếp nhận, thụ lý");
        int first = card.indexOf("<li");
        assertThat(card.substring(first, card.indexOf("</li>", first)))
                .as("the first due comes first, in red with the word")
                .contains("class=\"mb-1 text-danger\"", late.code(), "hạn 02/01/2001", "Quá hạn")
                .contains("href=\"/petitions/" + late.id() + "\"");
        assertThat(card).contains("href=\"/petitions?status=RECEIVED&amp;unitId=" + unit + "\"");

        assertThat(home("tnmt.truong")).as("another unit's head").doesNotContain(late.code());
    }

    @Test
    void anAssignedPetitionWaitsForItsOfficerAndADraftForTheHead() throws Exception {
        long officer = fixture.accountId("anbinh.canbo");
        Petition assigned = fixture.after(fixture.received("Đèn chiếu sáng ấp Bình Hòa " + System.nanoTime(), null),
                p -> {
                    p.accept();
                    p.assign(officer, "Lê Thị Hoa");
                });
        String officersCard = card(home("anbinh.canbo"), "work.petition.answer");
        assertThat(officersCard).contains("Phản ánh được giao cho tôi", assigned.code());
        assertThat(shownCount(officersCard)).isEqualTo(count(
                "assignee_account_id = ? and status in ('ASSIGNED', 'IN_PROGRESS', 'INFO_REQUESTED')", officer));
        assertThat(assignedCard(home("anbinh.truong"))).as("not assigned to the head").doesNotContain(assigned.code());

        Petition drafted = fixture.after(assigned, p -> p.draftAnswer("Đã thay bóng đèn ngày 05/12."));
        String headsCard = card(home("anbinh.truong"), "work.petition.approve");
        assertThat(headsCard).contains("Dự thảo trả lời chờ duyệt", drafted.code());
        assertThat(assignedCard(home("anbinh.canbo"))).as("the officer's own queue no longer holds it")
                .doesNotContain(drafted.code());
    }

    @Test
    void somebodyWithNothingToDoIsToldSoAndAnEmptyQueueSaysWhatComesNext() throws Exception {
        assertThat(home("mttq")).contains("Việc của tôi", "Không có việc nào đang chờ bạn.");

        String leader = home("chutich");
        boolean waiting = jdbc.sql("select count(*) from reporting_period where consolidated_at is not null"
                + " and approved_at is null").query(Long.class).single() > 0;
        assertThat(leader).contains("Báo cáo tổng hợp chờ Chủ tịch phê duyệt");
        if (!waiting) {
            assertThat(leader).contains("Không có việc đang chờ",
                    "Báo cáo tổng hợp của Phòng Nội vụ sẽ chờ bạn phê duyệt ở đây.");
        }
    }
}
