package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;

/**
 * A guiding document sent to units and disseminated: Home Affairs sends it to the communes (by kind, by hand and
 * from a saved list), each is told once; a commune acknowledges then records its dissemination; the sender sees
 * every unit's state, exports it and reminds the late ones once a day; late units are reminded automatically once;
 * a unit that did not receive it gets 403; bad input is refused in Vietnamese with nothing saved.
 */
@DanVanIntegrationTest
class DistributionIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DistributionNotices lateNotices;

    @Autowired
    DistributionIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock,
            DistributionNotices lateNotices) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lateNotices = lateNotices;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    private long unit(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    private long directive() {
        return jdbc.sql("select min(id) from guiding_document where active = true").query(Long.class).single();
    }

    private long line(long distribution, String unitCode) {
        return jdbc.sql("select id from distribution_recipient where distribution_id = :d and unit_id = :u")
                .param("d", distribution).param("u", unit(unitCode)).query(Long.class).single();
    }

    private long latest() {
        return jdbc.sql("select max(id) from distribution").query(Long.class).single();
    }

    private long notices(String username, long distribution) {
        return jdbc.sql("select count(*) from notification where account_id = :a and link = :l")
                .param("a", OrganisationFixture.of(context).accountId(username))
                .param("l", "/distributions/" + distribution).query(Long.class).single();
    }

    /**
     * The notices to communes without an account wait on the record (notice_waiting) until someone is there; the
     * many this class makes would push other tests' waiting notices off the outbox screen's first hundred.
     */
    @AfterEach
    void forgetTheNoticesWaitingForCommunesWithoutAccounts() {
        jdbc.sql("delete from notice_waiting where topic like 'distribution.%'").update();
    }

    @Test
    void sentToTheCommunesAcknowledgedDisseminatedAndTheLateReminded() throws Exception {
        String listName = "Nơi nhận thử " + System.nanoTime();
        mvc.perform(post("/distributions").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("documentId", String.valueOf(directive())).param("unitKinds", "COMMUNE_COMMITTEE")
                        .param("unitIds", String.valueOf(unit("TNMT"))).param("saveAs", listName)
                        .param("acknowledgeBy", today().format(DanVanTime.DATE))
                        .param("disseminateBy", today().plusDays(10).format(DanVanTime.DATE))
                        .param("note", "Quán triệt đến toàn thể cán bộ."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "distribution.done.sent"));
        long id = latest();
        long communes = jdbc.sql("select count(*) from org_unit where kind = 'COMMUNE_COMMITTEE' and retired_on is null")
                .query(Long.class).single();
        long lines = jdbc.sql("select count(*) from distribution_recipient where distribution_id = :d").param("d", id)
                .query(Long.class).single();
        assertThat(lines).as("every commune and the office").isEqualTo(communes + 1);
        assertThat(notices("anbinh.canbo", id)).as("told once that it arrived").isEqualTo(1);
        assertThat(jdbc.sql("select unit_ids from recipient_list where name = :n").param("n", listName)
                .query(String.class).single().split(",")).hasSize((int) lines);

        // a commune acknowledges, then records its dissemination; it sees its own line only
        mvc.perform(get("/distributions/" + id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa xác nhận")))
                .andExpect(content().string(not(containsString("id=\"distribution-units\""))));
        mvc.perform(post("/distributions/" + id + "/disseminate").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("disseminatedOn", today().format(DanVanTime.DATE)).param("way", "MEETING")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy xác nhận đã nhận văn bản trước khi ghi nhận việc quán triệt.")));
        mvc.perform(post("/distributions/" + id + "/acknowledge").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/distributions/" + id + "/disseminate").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("disseminatedOn", today().plusDays(1).format(DanVanTime.DATE)).param("way", "")
                        .param("attendance", "-3").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy chọn hình thức quán triệt.")))
                .andExpect(content().string(containsString("Số người tham dự là số nguyên từ 0 đến 100.000.")));
        mvc.perform(post("/distributions/" + id + "/disseminate").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("disseminatedOn", today().plusDays(1).format(DanVanTime.DATE)).param("way", "CONFERENCE")
                        .param("attendance", "40").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày quán triệt không được sau hôm nay.")));
        assertThat(jdbc.sql("select disseminated_on from distribution_recipient where id = :id")
                .param("id", line(id, "ABINH")).query(LocalDate.class).optional()).as("nothing saved").isEmpty();
        mvc.perform(post("/distributions/" + id + "/disseminate").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("disseminatedOn", today().format(DanVanTime.DATE)).param("way", "CONFERENCE")
                        .param("attendance", "40").param("version", "1"))
                .andExpect(status().is3xxRedirection());

        // the sender's table, its export, and the late reminded once a day in one action
        mvc.perform(get("/distributions/" + id).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã quán triệt")))
                .andExpect(content().string(containsString("Hội nghị quán triệt, học tập")));
        byte[] xlsx = mvc.perform(get("/distributions/" + id).param("format", "xlsx").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) lines);
        }
        mvc.perform(post("/distributions/" + id + "/remind").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không có đơn vị nào chậm để nhắc.")));
        jdbc.sql("update distribution set sent_on = :s, acknowledge_by = :a, disseminate_by = :d where id = :id")
                .param("s", today().minusDays(10)).param("a", today().minusDays(5)).param("d", today().minusDays(1))
                .param("id", id).update();
        List<?> first = (List<?>) mvc.perform(post("/distributions/" + id + "/remind")
                        .with(SignedIn.as(context, "noivu")).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("flashArgs");
        int reminded = (Integer) first.get(0);
        assertThat(reminded).as("the office at least").isPositive();
        assertThat(first.get(1)).isEqualTo(0);
        assertThat(reminded + (Integer) first.get(2)).as("every late unit: reminded, or without an account")
                .isEqualTo((int) lines - 1);
        mvc.perform(post("/distributions/" + id + "/remind").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("flashArgs", List.of(0, reminded, (Integer) first.get(2))));
        assertThat(notices("anbinh.canbo", id)).as("the commune that disseminated is not reminded").isEqualTo(1);
        assertThat(notices("tnmt.truong", id)).as("arrival, then one reminder").isEqualTo(2);

        lateNotices.run(today());
        lateNotices.run(today());
        assertThat(notices("tnmt.truong", id)).as("late, told once more automatically").isEqualTo(3);
    }

    @Test
    void aUnitThatDidNotReceiveItSeesNothingAndBadInputSavesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from distribution").query(Long.class).single();
        mvc.perform(post("/distributions").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("documentId", String.valueOf(directive()))
                        .param("acknowledgeBy", today().minusDays(1).format(DanVanTime.DATE))
                        .param("disseminateBy", today().minusDays(2).format(DanVanTime.DATE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy chọn ít nhất một đơn vị nhận (khác đơn vị gửi).")))
                .andExpect(content().string(containsString("Hạn xác nhận không được trước hôm nay.")))
                .andExpect(content().string(containsString("Hạn quán triệt không được trước hạn xác nhận.")));
        mvc.perform(post("/distributions").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("unitIds", String.valueOf(unit("ABINH"))).param("acknowledgeBy", "32/13/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy chọn văn bản hoặc kế hoạch để gửi.")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")));
        assertThat(jdbc.sql("select count(*) from distribution").query(Long.class).single()).isEqualTo(before);

        mvc.perform(post("/distributions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("documentId", String.valueOf(directive())).param("unitIds", String.valueOf(unit("ALINH")))
                        .param("acknowledgeBy", today().format(DanVanTime.DATE))
                        .param("disseminateBy", today().plusDays(5).format(DanVanTime.DATE)))
                .andExpect(status().is3xxRedirection());
        long id = latest();
        String outsider = OrganisationFixture.of(context).staff().in("ALONG").role(Role.OFFICER)
                .named("Phan Văn Khác").create().username();
        mvc.perform(get("/distributions/" + id).with(SignedIn.as(context, outsider))).andExpect(status().isForbidden());
        mvc.perform(post("/distributions/" + id + "/acknowledge").with(SignedIn.as(context, outsider)).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/distributions/" + id).param("format", "xlsx").with(SignedIn.as(context, outsider)))
                .andExpect(status().isForbidden());
        // the receiving commune sees its line but not the sender's table, and does not remind
        String anLinh = OrganisationFixture.of(context).staff().in("ALINH").role(Role.OFFICER)
                .named("Trần Văn Nhận").create().username();
        mvc.perform(get("/distributions/" + id).with(SignedIn.as(context, anLinh))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"acknowledge\"")));
        mvc.perform(get("/distributions/" + id).param("format", "xlsx").with(SignedIn.as(context, anLinh)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/distributions/" + id + "/remind").with(SignedIn.as(context, anLinh)).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
    }

    @Test
    void aCommuneSendsItsApprovedPlanAndTheReceiversPrintIt() throws Exception {
        long anBinh = unit("ABINH");
        int year = 2040 + (int) (System.nanoTime() % 40);
        jdbc.sql("""
                insert into annual_plan (unit_id, plan_year, status, document_number, created_at, updated_at)
                values (:u, :y, 'APPROVED', '07/KH-UBND', current_timestamp, current_timestamp)""")
                .param("u", anBinh).param("y", year).update();
        long plan = jdbc.sql("select id from annual_plan where unit_id = :u and plan_year = :y").param("u", anBinh)
                .param("y", year).query(Long.class).single();
        mvc.perform(get("/distributions/new").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch 07/KH-UBND năm " + year)));
        mvc.perform(post("/distributions").with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                        .param("documentId", String.valueOf(directive())).param("planId", String.valueOf(plan))
                        .param("unitIds", String.valueOf(unit("ALINH")))
                        .param("acknowledgeBy", today().format(DanVanTime.DATE))
                        .param("disseminateBy", today().plusDays(5).format(DanVanTime.DATE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ chọn một văn bản hoặc một kế hoạch cho mỗi lần gửi.")));
        mvc.perform(post("/distributions").with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                        .param("planId", String.valueOf(plan)).param("unitIds", String.valueOf(unit("ALINH")))
                        .param("acknowledgeBy", today().format(DanVanTime.DATE))
                        .param("disseminateBy", today().plusDays(5).format(DanVanTime.DATE)))
                .andExpect(status().is3xxRedirection());
        long id = latest();
        String anLinh = OrganisationFixture.of(context).staff().in("ALINH").role(Role.OFFICER)
                .named("Vũ Văn Đọc").create().username();
        mvc.perform(get("/distributions/" + id).with(SignedIn.as(context, anLinh)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch 07/KH-UBND năm " + year)));
        mvc.perform(get("/distributions/" + id + "/plan.pdf").with(SignedIn.as(context, anLinh)))
                .andExpect(status().isOk());
        mvc.perform(get("/planning/plans/" + plan).with(SignedIn.as(context, anLinh)))
                .andExpect(status().isForbidden());
        String outsider = OrganisationFixture.of(context).staff().in("ALONG").role(Role.OFFICER)
                .named("Hà Văn Ngoài").create().username();
        mvc.perform(get("/distributions/" + id + "/plan.pdf").with(SignedIn.as(context, outsider)))
                .andExpect(status().isForbidden());
        // another unit's plan is not the sender's to send
        mvc.perform(post("/distributions").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("planId", String.valueOf(plan)).param("unitIds", String.valueOf(unit("ALINH")))
                        .param("acknowledgeBy", today().format(DanVanTime.DATE))
                        .param("disseminateBy", today().plusDays(5).format(DanVanTime.DATE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch không phải kế hoạch đã phê duyệt của đơn vị.")));
    }
}
