package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.petition.handling.Petition;
import vn.danvan.shared.DanVanTime;

/**
 * The portal as a citizen finds their way in it: {@code /portal} is its home, every public page has its menu and
 * search box, the search takes a tracking code or words, and a petition's page shows its progress as steps. None of
 * these pages opens a session.
 */
@DanVanIntegrationTest
class PortalIT {

    private final MockMvc mvc;
    private final PetitionFixture petitions;
    private final Clock clock;

    PortalIT(ApplicationContext context) {
        this.mvc = context.getBean(MockMvc.class);
        this.petitions = PetitionFixture.of(context);
        this.clock = context.getBean(Clock.class);
    }

    /** The request done anonymously, checked to have opened no session. */
    private MvcResult anonymous(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getRequest().getSession(false)).as("a session for an anonymous visitor").isNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        assertThat(result.getResponse().getStatus()).as("status").isLessThan(500);
        return result;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** Today as the application's clock (which dates the steps) says, dd/MM/yyyy. */
    private String today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE)).format(DanVanTime.DATE);
    }

    @Test
    void slashPortalIsThePortalHome() throws Exception {
        for (String path : List.of("/portal", "/portal/")) {
            MvcResult result = anonymous(get(path));
            assertThat(result.getResponse().getStatus()).as(path).isBetween(300, 399);
            assertThat(result.getResponse().getRedirectedUrl()).as(path).isEqualTo("/");
        }
        Document home = page(anonymous(get("/")));
        assertThat(home.getElementById("portal-send")).isNotNull();
        assertThat(home.select("#portal-nav [aria-current=page]")).extracting(Element::id).containsExactly("portal-nav-home");
    }

    @Test
    void everyPublicPageHasTheMenuAndTheSearchBoxWithTheCurrentEntryMarked() throws Exception {
        for (String[] page : new String[][] {{"/portal/petitions/new", "portal-nav-send"},
                {"/portal/petitions/lookup", "portal-nav-lookup"}, {"/portal/answers", "portal-nav-answers"},
                {"/portal/figures", "portal-nav-figures"}, {"/portal/dossiers/lookup", "portal-nav-dossiers"},
                {"/portal/consultations", "portal-nav-consultations"}, {"/portal/dialogues", "portal-nav-dialogues"},
                {"/portal/news", "portal-nav-news"}, {"/portal/models", "portal-nav-models"},
                {"/portal/supervision", "portal-nav-supervision"}, {"/portal/inspections", "portal-nav-inspections"},
                {"/portal/survey", "portal-nav-survey"}, {"/portal/search", null}}) {
            // (the pages with a form that changes something, such as the petition form, carry a token and a session)
            MvcResult result = mvc.perform(get(page[0])).andReturn();
            assertThat(result.getResponse().getStatus()).as(page[0]).isEqualTo(200);
            Document d = page(result);
            assertThat(d.select("#portal-nav")).as(page[0]).hasSize(1);
            Element search = d.getElementById("portal-search");
            assertThat(search).as(page[0]).isNotNull();
            assertThat(search.attr("method")).isEqualTo("get");
            assertThat(search.select("input[name=_csrf]")).as("a token in the search box").isEmpty();
            assertThat(d.select("#portal-nav [aria-current=page]")).as(page[0]).extracting(Element::id)
                    .containsExactlyElementsOf(page[1] == null ? List.of() : List.of(page[1]));
        }
    }

    @Test
    void aTrackingCodeInTheSearchBoxGoesToThePetitionsPage() throws Exception {
        Petition p = petitions.received("Tìm bằng mã " + UUID.randomUUID(), null);
        String typed = " " + p.code().toLowerCase().replace("-", " - ") + " ";
        MvcResult result = anonymous(get("/portal/search").param("q", typed));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/portal/petitions/lookup?code=" + p.code());
    }

    @Test
    void wordsInTheSearchBoxFindThePublishedAnswersWithoutAccents() throws Exception {
        String word = "Cống" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Petition p = petitions.received("Đường ngập vì " + word + " bị tắc", null);
        long officer = petitions.accountId("anbinh.canbo");
        petitions.after(p, x -> {
            x.accept();
            x.assign(officer, null);
            x.draftAnswer("Kính gửi ông Tư: xã đã nạo vét cống.");
            x.approveAnswer(true, "Xã đã nạo vét cống, nước rút trong ngày.", OffsetDateTime.now());
        });
        String bare = "duong ngap " + word.replace("Cống", "cong").toLowerCase();
        Document found = page(anonymous(get("/portal/search").param("q", bare)));
        assertThat(found.getElementById("search-count").text()).isEqualTo("Tìm thấy 1 kết quả trả lời đã công khai.");
        assertThat(found.select("article.dv-answer a").attr("href")).isEqualTo("/portal/answers/" + p.code());
        assertThat(found.select("article.dv-answer").text()).contains("nước rút trong ngày")
                .doesNotContain("Kính gửi ông Tư");
        assertThat(found.getElementById("search-q").attr("value")).isEqualTo(bare);

        Document none = page(anonymous(get("/portal/search").param("q", word + "khong co")));
        assertThat(none.getElementById("search-empty")).isNotNull();
    }

    @Test
    void badSearchesGetAVietnameseMessageNeverAnError() throws Exception {
        for (String[] bad : new String[][] {{"", "Hãy gõ mã tra cứu hoặc từ cần tìm"}, {"   ", "Hãy gõ mã tra cứu"},
                {"x".repeat(101), "quá dài: tối đa 100 ký tự"}, {"%%% ***", "cần có chữ hoặc số"},
                {"</>", "cần có chữ hoặc số"}, {"a b c d e f g h i", "quá nhiều từ: tối đa 8 từ"}}) {
            MvcResult result = anonymous(get("/portal/search").param("q", bad[0]));
            assertThat(result.getResponse().getStatus()).as("'%s'", bad[0]).isEqualTo(400);
            assertThat(page(result).getElementById("search-error").text()).as("'%s'", bad[0]).contains(bad[1]);
        }
        // the page alone (no q): the box and what it takes, no message
        Document blank = page(anonymous(get("/portal/search")));
        assertThat(blank.getElementById("search-error")).isNull();
        assertThat(blank.getElementById("search-q-help").text()).contains("PA-7K3M9-QXD2F");
    }

    @Test
    void aPetitionJustReceivedShowsItsFirstStepAsTheCurrentOne() throws Exception {
        Petition p = petitions.received("Tiến độ mới nhận " + UUID.randomUUID(), null);
        Document d = page(anonymous(get("/portal/petitions/lookup").param("code", p.code())));
        assertThat(steps(d)).containsExactly("Tiếp nhận | Đang ở bước này | " + today(), "Thụ lý | Chưa đến",
                "Đang xử lý | Chưa đến", "Đã trả lời | Chưa đến");
        assertThat(d.select("#petition-progress > li[aria-current=step]")).hasSize(1).first()
                .extracting(Element::text).asString().startsWith("Tiếp nhận");
    }

    @Test
    void anAnsweredPetitionShowsEveryStepDoneWithItsDate() throws Exception {
        Petition p = petitions.received("Tiến độ đã trả lời " + UUID.randomUUID(), null);
        long officer = petitions.accountId("anbinh.canbo");
        petitions.after(p, x -> {
            x.accept();
            x.assign(officer, null);
            x.draftAnswer("Đã xử lý xong.");
            x.approveAnswer(false, null, OffsetDateTime.now());
        });
        Document d = page(anonymous(get("/portal/petitions/lookup").param("code", p.code())));
        // "in progress" was never a public step of this one (assigned, then drafted): done, without a date
        assertThat(steps(d)).containsExactly("Tiếp nhận | Đã xong | " + today(), "Thụ lý | Đã xong | " + today(),
                "Đang xử lý | Đã xong", "Đã trả lời | Kết thúc | " + today());
        assertThat(d.select("#petition-progress > li[aria-current=step]")).hasSize(1).first()
                .extracting(Element::text).asString().startsWith("Đã trả lời");
    }

    @Test
    void aRefusedPetitionShowsItsRefusalAsItsEnd() throws Exception {
        Petition p = petitions.received("Tiến độ không thụ lý " + UUID.randomUUID(), null);
        petitions.after(p, x -> x.refuse("Không thuộc thẩm quyền của xã.", true));
        Document d = page(anonymous(get("/portal/petitions/lookup").param("code", p.code())));
        assertThat(steps(d)).containsExactly("Tiếp nhận | Đã xong | " + today(),
                "Không thụ lý | Kết thúc | " + today());
    }

    /** The progress steps of a lookup page, each as "label | state | date". */
    private static List<String> steps(Document d) {
        return d.select("#petition-progress > li").stream()
                .map(li -> String.join(" | ", li.children().eachText())).toList();
    }

    @Test
    void theFormsErrorSummaryNamesEachFieldWithALink() throws Exception {
        MvcResult result = mvc.perform(post("/portal/petitions").with(csrf()).param("kind", "FEEDBACK")
                .param("content", "Nội dung").param("consent", "false")
                .param("submissionKey", UUID.randomUUID().toString())).andReturn();
        Document d = page(result);
        List<String> links = d.select("#form-errors a").eachAttr("href");
        assertThat(links).contains("#f-petition-title", "#f-petition-categoryId", "#f-petition-consent");
        for (String link : links) {
            assertThat(d.getElementById(link.substring(1))).as(link).isNotNull();
        }
        assertThat(d.select("#form-errors a[href=#f-petition-categoryId]").text()).isEqualTo("Lĩnh vực");
    }
}
