package vn.danvan.petition.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.petition.PetitionFixture;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.ListPages;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;

/** Published answers on the portal: found, filtered and paged, with no personal data and no private text. */
@DanVanIntegrationTest
class PublicAnswersIT {

    private static final String NAME = "Phạm Thị Kín Đáo";
    private static final String PHONE = "0911222333";
    private static final String EMAIL = "kindao@example.vn";
    private static final String PRIVATE_TEXT = "Kính gửi bà Phạm Thị Kín Đáo, số nhà riêng 99";

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

    private static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Intake at An Bình, accept, assign, draft with the petitioner's name, approve; returns the code. */
    private String answered(String title, String category, boolean publish, String publicText) throws Exception {
        String page = mvc.perform(post("/petitions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("channel", "COUNTER").param("kind", "PROPOSAL")
                        .param("categoryId", String.valueOf(fixture.category(category)))
                        .param("unitId", String.valueOf(fixture.unitId("ABINH")))
                        .param("title", title)
                        .param("content", "Gia đình tôi ở số nhà riêng 99 có tranh chấp ranh giới thửa đất.")
                        .param("place", "Ấp 2")
                        .param("fullName", NAME).param("phone", PHONE).param("email", EMAIL)
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(page);
        assertThat(m.find()).isTrue();
        String code = m.group();
        long id = fixture.idOf(code);
        long officer = fixture.accountId("anbinh.canbo");
        act("anbinh.canbo", id, "accept");
        act("anbinh.truong", id, "assign", "accountId", String.valueOf(officer));
        act("anbinh.canbo", id, "draft", "note", PRIVATE_TEXT);
        act("anbinh.truong", id, "approve", "publish", String.valueOf(publish), "note", publicText);
        assertThat(jdbc.sql("select status from petition where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ANSWERED");
        return code;
    }

    private void act(String user, long id, String action, String... params) throws Exception {
        var request = post("/petitions/{id}/{action}", id, action).with(SignedIn.as(context, user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private String answers(String... params) throws Exception {
        var request = get("/portal/answers");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(NAME))))
                .andExpect(content().string(not(containsString(PHONE))))
                .andExpect(content().string(not(containsString(EMAIL))))
                .andExpect(content().string(not(containsString(PRIVATE_TEXT))))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPublishedAnswerIsListedWithItsPublicTextAndNoPersonalData() throws Exception {
        String token = token();
        String title = "Đất đai lấn chiếm lối đi " + token;
        String code = answered(title, "DAT_DAI", true, "Xã đã đo đạc lại <b>ranh giới</b> và trả lời bằng văn bản.");
        String today = LocalDate.now(DanVanTime.ZONE).format(DanVanTime.DATE);

        String page = answers("q", token);
        assertThat(page).contains(title, "Đất đai", "An Bình", today, "&lt;b&gt;ranh giới&lt;/b&gt;")
                .doesNotContain("<b>ranh giới</b>", "tranh chấp ranh giới thửa đất");

        mvc.perform(get("/portal/answers/{code}", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("&lt;b&gt;ranh giới&lt;/b&gt;")))
                .andExpect(content().string(not(containsString(NAME))))
                .andExpect(content().string(not(containsString(PHONE))))
                .andExpect(content().string(not(containsString(PRIVATE_TEXT))))
                .andExpect(content().string(not(containsString("tranh chấp ranh giới thửa đất"))));
    }

    @Test
    void anAccentFreeSearchMatchesTheTitleAndTheUnitName() throws Exception {
        String token = token();
        String title = "Đất đai cấp sổ chậm " + token;
        answered(title, "DAT_DAI", true, "Đã cấp giấy chứng nhận.");

        assertThat(answers("q", "DAT DAI an binh " + token)).contains(title);
        assertThat(answers("q", "dat dai an linh " + token)).doesNotContain(title);

        String untitled = "Lấn chiếm lối đi chung " + token + "b";
        answered(untitled, "DAT_DAI", true, "Đã giải quyết.");
        assertThat(answers("q", "dat dai an binh " + token + "b")).as("category and unit names match").contains(untitled);
        assertThat(answers("q", "moi truong " + token + "b")).doesNotContain(untitled);
        assertThat(answers("q", "so nha rieng 99 " + token + "b"))
                .as("the content, which may hold personal data, is not searched").doesNotContain(untitled);
    }

    @Test
    void filtersByUnitCategoryAndYear() throws Exception {
        String token = token();
        String title = "Môi trường khói bụi " + token;
        answered(title, "MOI_TRUONG", true, "Đã kiểm tra và nhắc nhở cơ sở.");
        String year = String.valueOf(LocalDate.now(DanVanTime.ZONE).getYear());

        assertThat(answers("q", token, "unitId", String.valueOf(fixture.unitId("ABINH")))).contains(title);
        assertThat(answers("q", token, "unitId", String.valueOf(fixture.unitId("ALINH")))).doesNotContain(title);
        assertThat(answers("q", token, "categoryId", String.valueOf(fixture.category("MOI_TRUONG"))))
                .contains(title);
        assertThat(answers("q", token, "categoryId", String.valueOf(fixture.category("DAT_DAI"))))
                .doesNotContain(title);
        assertThat(answers("q", token, "year", year)).contains(title);
        assertThat(answers("q", token, "year", "2018")).doesNotContain(title);
    }

    @Test
    void anAnswerNotPublishedDoesNotAppear() throws Exception {
        String token = token();
        String title = "Trả lời riêng " + token;
        String code = answered(title, "KHAC", false, "Văn bản công khai không dùng đến.");

        assertThat(answers("q", token)).doesNotContain(title);
        mvc.perform(get("/portal/answers/{code}", code)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void theListPagesByKeysetForwardAndBackWithTheTotalAndTheFiltersKept() throws Exception {
        String token = token();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            codes.add(answered("Đường giao thông " + i + " " + token, "KHAC", true, "Đã sửa chữa."));
        }
        answered("Không công khai " + token, "KHAC", false, "Không dùng.");
        String unit = String.valueOf(fixture.unitId("ABINH"));
        List<String> shown = ListPages.of(mvc, anonymous()).walk("/portal/answers?q=" + token + "&unitId=" + unit
                + "&size=20", Pattern.compile("href=\"/portal/answers/(PA-[0-9A-Z-]+)\""), 20, 21, "q=" + token,
                "unitId=" + unit);
        // newest answer first
        List<String> newestFirst = new ArrayList<>(codes);
        Collections.reverse(newestFirst);
        assertThat(shown).isEqualTo(newestFirst);
        // one answer by its tracking code, typed without dashes
        assertThat(answers("q", codes.get(3).replace("-", " ").toLowerCase())).contains(ListPages.range(1, 1, 1))
                .contains(codes.get(3));
        mvc.perform(get("/portal/answers").param("cursor", token))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Liên kết trang không hợp lệ hoặc đã bị sửa")));
    }
}
