package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.petition.intake.CitizenKeys;
import vn.danvan.organisation.OrganisationFixture;

/** A citizen sends a petition without an account and follows it by its code. */
@DanVanIntegrationTest
class PublicPetitionIT {

    private static final Pattern CODE = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    private long category(String code) {
        return jdbc.sql("select id from petition_category where code = :c").param("c", code).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder submission(String key, String title) {
        return submission(key, title, true);
    }

    private MockHttpServletRequestBuilder submission(String key, String title, boolean consent) {
        return post("/portal/petitions").with(csrf())
                .param("kind", "FEEDBACK")
                .param("categoryId", String.valueOf(category("GIAO_THONG")))
                .param("unitId", String.valueOf(unit("ABINH")))
                .param("title", title)
                .param("content", "Đường vào ấp 3 có nhiều ổ gà, <script>alert(1)</script> trời mưa rất nguy hiểm.")
                .param("place", "Ấp 3, xã An Bình")
                .param("fullName", "Nguyễn Văn Dân")
                .param("phone", "0912345678")
                .param("email", "dan@example.vn")
                .param("consent", String.valueOf(consent))
                .param("submissionKey", key);
    }

    private static String code(String page) {
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).as("a tracking code in the page").isTrue();
        return m.group();
    }

    @Test
    void aCitizenGetsACodeAndTheDatesAndCanFollowIt() throws Exception {
        String page = mvc.perform(submission(UUID.randomUUID().toString(), "Đường ấp 3 hư hỏng"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã tra cứu của bạn")))
                .andExpect(content().string(containsString("chậm nhất ngày")))
                .andReturn().getResponse().getContentAsString();
        String code = code(page);

        mvc.perform(get("/portal/petitions/lookup").param("code", code.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đường ấp 3 hư hỏng")))
                .andExpect(content().string(containsString("Đã tiếp nhận")))
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")))
                .andExpect(content().string(not(containsString("Nguyễn Văn Dân"))))
                .andExpect(content().string(not(containsString("0912345678"))))
                .andExpect(content().string(not(containsString("dan@example.vn"))));

        assertThat(jdbc.sql("select count(*) from petitioner r join petition p on p.id = r.petition_id where p.code = :c and r.phone = '0912345678'")
                .param("c", code).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select actor from audit_entry
                         where entity_type = 'Petition' and entity_id = (select cast(id as varchar(20)) from petition where code = :c)""")
                .param("c", code).query(String.class).single()).as("a resident, not Spring's anonymousUser")
                .isEqualTo("citizen");
    }

    @Test
    void aDoubleSubmitCreatesOnePetition() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = code(mvc.perform(submission(key, "Gửi hai lần")).andReturn().getResponse().getContentAsString());
        String second = code(mvc.perform(submission(key, "Gửi hai lần")).andReturn().getResponse().getContentAsString());
        assertThat(second).isEqualTo(first);
        assertThat(citizenKey(mvc.perform(submission(key, "Gửi hai lần")).andReturn().getResponse().getContentAsString()))
                .as("the same form sent again shows the same citizen key").isNotNull()
                .isEqualTo(citizenKey(mvc.perform(submission(key, "Gửi hai lần")).andReturn().getResponse()
                        .getContentAsString()));
        assertThat(jdbc.sql("select count(*) from petition where submission_key = :k").param("k", CitizenKeys.submissionHash(key))
                .query(Long.class).single()).isEqualTo(1);
    }

    private static String citizenKey(String page) {
        Matcher m = Pattern.compile("id=\"citizen-key\">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    /** A petition's code and the citizen key its receipt showed. */
    private record Sent(String code, String key) {
    }

    /** A petition sent through the portal and answered privately at the counter's unit. */
    private Sent sentAndAnsweredPrivately(String title, String answer) throws Exception {
        String page = mvc.perform(submission(UUID.randomUUID().toString(), title))
                .andReturn().getResponse().getContentAsString();
        Sent sent = new Sent(code(page), citizenKey(page));
        answerPrivately(sent.code(), answer);
        return sent;
    }

    /** Answers the petition at the counter's unit, privately (not published). */
    private void answerPrivately(String code, String text) throws Exception {
        long id = jdbc.sql("select id from petition where code = :c").param("c", code).query(Long.class).single();
        long officer = jdbc.sql("select id from account where username = 'anbinh.canbo'").query(Long.class).single();
        for (String[] step : new String[][] {{"anbinh.canbo", "accept"}, {"anbinh.truong", "assign", "accountId", String.valueOf(officer)},
                {"anbinh.canbo", "draft", "note", text}, {"anbinh.truong", "approve", "publish", "false", "note", ""}}) {
            var request = post("/petitions/{id}/" + step[1], id).with(SignedIn.as(context, step[0])).with(csrf());
            for (int i = 2; i < step.length; i += 2) {
                request = request.param(step[i], step[i + 1]);
            }
            mvc.perform(request).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void theTrackingCodeAloneNeitherReadsThePrivateAnswerNorRatesNorReopens() throws Exception {
        String page = mvc.perform(submission(UUID.randomUUID().toString(), "Đèn đường hỏng ấp 2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String code = code(page);
        String key = citizenKey(page);
        assertThat(key).as("the citizen key shown once on the receipt page").isNotNull();
        answerPrivately(code, "Kính gửi ông Dân (0912345678): đèn sẽ được thay trong tuần.");
        assertThat(jdbc.sql("select citizen_key_hash from petition where code = :c").param("c", code)
                .query(String.class).single()).isEqualTo(CitizenKeys.hash(key)).doesNotContain(key);

        // anybody with the code: the state, not the answer written to the petitioner, no rating or reopening
        mvc.perform(get("/portal/petitions/lookup").param("code", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã trả lời")))
                .andExpect(content().string(not(containsString("đèn sẽ được thay"))))
                .andExpect(content().string(not(containsString("id=\"rate-form\""))))
                .andExpect(content().string(containsString("id=\"owner-form\"")));
        mvc.perform(post("/portal/petitions/rate").with(csrf()).param("code", code).param("rating", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập mã bảo mật")));
        mvc.perform(post("/portal/petitions/rate").with(csrf()).param("code", code).param("key", "AAAA-BBBB-CCCC")
                .param("rating", "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã bảo mật không đúng")))
                .andExpect(content().string(not(containsString("đèn sẽ được thay"))));
        mvc.perform(post("/portal/petitions/reopen").with(csrf()).param("code", code).param("key", "AAAA-BBBB-CCCC")
                .param("reason", "Chưa thay đèn")).andExpect(status().isOk());
        assertThat(jdbc.sql("select rating from petition where code = :c").param("c", code).query(Integer.class)
                .optional()).isEmpty();
        assertThat(jdbc.sql("select status from petition where code = :c").param("c", code).query(String.class)
                .single()).isEqualTo("ANSWERED");

        // the petitioner, with the key typed carelessly: reads the answer, rates, asks to reopen
        String typed = key.toLowerCase().replace("-", " ");
        mvc.perform(post("/portal/petitions/lookup").with(csrf()).param("code", code).param("key", typed))
                .andExpect(status().isOk()).andExpect(content().string(containsString("đèn sẽ được thay")))
                .andExpect(content().string(containsString("id=\"rate-form\"")));
        mvc.perform(post("/portal/petitions/rate").with(csrf()).param("code", code).param("key", typed)
                .param("rating", "2")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/portal/petitions/reopen").with(csrf()).param("code", code).param("key", key)
                .param("reason", "Tôi là Nguyễn Văn Dân, đèn vẫn chưa thay")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select rating from petition where code = :c").param("c", code).query(Integer.class)
                .single()).isEqualTo(2);
        // the petitioner's own reason is for the officers, never on the public page
        mvc.perform(get("/portal/petitions/lookup").param("code", code))
                .andExpect(content().string(not(containsString("đèn vẫn chưa thay"))));
    }

    @Test
    void showingAPetitionOpensNoSessionAndItsPetitionerNeedsNone() throws Exception {
        Sent sent = sentAndAnsweredPrivately("Tra cứu không mở phiên", "Đã sửa xong cống thoát nước.");
        String code = sent.code();
        String key = sent.key();
        var shown = mvc.perform(get("/portal/petitions/lookup").param("code", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"owner-form\"")))
                .andExpect(content().string(not(containsString("name=\"_csrf\""))))
                .andReturn();
        assertThat(shown.getRequest().getSession(false)).as("a session for an anonymous visitor").isNull();
        assertThat(shown.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        // the key form posts without a token: it changes nothing and the key guards it
        mvc.perform(post("/portal/petitions/lookup").param("code", code).param("key", key))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đã sửa xong cống thoát nước.")))
                .andExpect(content().string(containsString("id=\"rate-form\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        // rating changes something: without the token it is refused and nothing is saved
        mvc.perform(post("/portal/petitions/rate").param("code", code).param("key", key).param("rating", "5"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select rating from petition where code = :c").param("c", code).query(Integer.class)
                .optional()).isEmpty();
    }

    @Test
    void aRatingOutOfRangeOrNotANumberComesBackWithAMessage() throws Exception {
        Sent sent = sentAndAnsweredPrivately("Đánh giá sai kiểu", "Đã xử lý.");
        String code = sent.code();
        String key = sent.key();
        for (String rating : List.of("abc", "9", "")) {
            mvc.perform(post("/portal/petitions/rate").with(csrf()).param("code", code).param("key", key)
                    .param("rating", rating).param("comment", "Ý kiến giữ lại"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"form-errors\"")))
                    .andExpect(content().string(containsString("kiến giữ lại")));
        }
        assertThat(jdbc.sql("select rating from petition where code = :c").param("c", code).query(Integer.class)
                .optional()).isEmpty();
    }

    @Test
    void withoutConsentNothingIsSavedAndTheTextStays() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(submission(key, "Thiếu đồng ý", false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng đồng ý với thông báo về xử lý dữ liệu cá nhân.")))
                .andExpect(content().string(containsString("value=\"Thiếu đồng")));
        assertThat(jdbc.sql("select count(*) from petition where submission_key = :k").param("k", CitizenKeys.submissionHash(key))
                .query(Long.class).single()).isZero();
    }

    @Test
    void missingFieldsAreNamedInVietnamese() throws Exception {
        mvc.perform(post("/portal/petitions").with(csrf()).param("kind", "FEEDBACK").param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường này là bắt buộc.")));
    }

    @Test
    void markupIsShownAsText() throws Exception {
        String code = code(mvc.perform(submission(UUID.randomUUID().toString(), "<b>Đậm</b>"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(get("/portal/petitions/lookup").param("code", code))
                .andExpect(content().string(containsString("&lt;b&gt;Đậm&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>Đậm</b>"))));
    }

    @Test
    void anUnknownCodeSaysSo() throws Exception {
        mvc.perform(get("/portal/petitions/lookup").param("code", "PA-00000-00000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy phản ánh với mã này.")));
    }
}
