package vn.danvan.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;

/**
 * A story of the information office from draft to the portal and back off it: the body kept sanitised,
 * refusals in Vietnamese with nothing saved, other roles refused, only published stories on the portal,
 * images served only with a published story, the radio script as DOCX, the list export and the figure.
 */
@DanVanIntegrationTest
class NewsIT {

    private static final String WRITER = "vhtt";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final NewsIndicators indicators;

    @Autowired
    NewsIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock, NewsIndicators indicators) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
        this.indicators = indicators;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResultActions write(String user, String title, String body, String links, String radio) throws Exception {
        return mvc.perform(post("/news").with(SignedIn.as(context, user)).with(csrf()).param("title", title)
                .param("summary", "Tóm tắt của " + title).param("body", body).param("relatedLinks", links)
                .param("radioScript", radio));
    }

    private long created(String title) {
        return jdbc.sql("select id from news where title = :t").param("t", title).query(Long.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from news where id = :id").param("id", id).query(Long.class).single();
    }

    private long draft(String title) throws Exception {
        write(WRITER, title, "<p>Nội dung của bài.</p>", "/portal/dialogues", "")
                .andExpect(status().is3xxRedirection());
        return created(title);
    }

    private void publish(long id) throws Exception {
        mvc.perform(post("/news/{id}/publish", id).with(SignedIn.as(context, WRITER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
    }

    private long vhtt() {
        return OrganisationFixture.of(context).unit("VHTT");
    }

    @Test
    void aStoryIsWrittenSanitisedPublishedOnThePortalAndWithdrawnWithAReason() throws Exception {
        String title = unique("Gương sáng ấp Bình Thắng");
        write(WRITER, title, "<p onclick=\"x()\">Bà con <strong>góp đất</strong> làm đường.</p>"
                + "<script>window.__xss=1</script><a href=\"javascript:alert(1)\">bấm</a>",
                "/portal/dialogues\n/portal/consultations", "Bà con ấp Bình Thắng góp đất làm đường.")
                .andExpect(status().is3xxRedirection());
        long id = created(title);
        String stored = jdbc.sql("select body from news where id = :id").param("id", id).query(String.class).single();
        assertThat(stored).isEqualTo("<p>Bà con <strong>góp đất</strong> làm đường.</p>bấm");
        assertThat(jdbc.sql("select status from news where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");

        // a draft is not on the portal
        mvc.perform(get("/portal/news/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/news")).andExpect(content().string(not(containsString(title))));

        publish(id);
        assertThat(jdbc.sql("select status from news where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PUBLISHED");
        mvc.perform(get("/portal/news")).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(get("/portal/news/latest")).andExpect(content().string(containsString(title)));
        mvc.perform(get("/portal/news/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bà con <strong>góp đất</strong> làm đường.")))
                .andExpect(content().string(containsString("href=\"/portal/consultations\"")))
                .andExpect(content().string(not(containsString("window.__xss"))))
                .andExpect(content().string(not(containsString("javascript:"))));
        // a second publish with the old version is refused
        mvc.perform(post("/news/{id}/publish", id).with(SignedIn.as(context, WRITER)).with(csrf())
                .param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("không ở trạng thái cho phép")));
        // a published story is not edited
        mvc.perform(post("/news/{id}", id).with(SignedIn.as(context, WRITER)).with(csrf()).param("title", "Khác")
                .param("summary", "Khác").param("body", "Khác").param("version", Long.toString(version(id))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("hãy gỡ xuống trước")));

        // withdrawing needs a reason
        mvc.perform(post("/news/{id}/unpublish", id).with(SignedIn.as(context, WRITER)).with(csrf())
                .param("version", Long.toString(version(id))).param("reason", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vui lòng nhập lý do gỡ")));
        mvc.perform(get("/portal/news/{id}", id)).andExpect(status().isOk());
        mvc.perform(post("/news/{id}/unpublish", id).with(SignedIn.as(context, WRITER)).with(csrf())
                .param("version", Long.toString(version(id))).param("reason", "Số liệu cần đính chính"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/news/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/news")).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/news/{id}", id).with(SignedIn.as(context, WRITER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã gỡ")))
                .andExpect(content().string(containsString("Số liệu cần đính chính")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'news' and entity_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedInVietnameseWithWhatWasTypedAndNothingSaved() throws Exception {
        long before = jdbc.sql("select count(*) from news").query(Long.class).single();
        String title = unique("Tin sai");
        write(WRITER, title, "<script>alert(1)</script>", "https://evil.example/x", "")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nội dung bài")))
                .andExpect(content().string(containsString("Liên kết &quot;https://evil.example/x&quot; không hợp lệ")))
                .andExpect(content().string(containsString(title)));
        write(WRITER, "", "<p>Nội dung</p>", "javascript:alert(1)", "")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tiêu đề")))
                .andExpect(content().string(containsString("không hợp lệ")));
        assertThat(jdbc.sql("select count(*) from news").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyTheInformationOfficeHomeAffairsAndAdministratorsUseTheStaffScreens() throws Exception {
        String title = unique("Bài phân quyền");
        long id = draft(title);
        for (String allowed : List.of(WRITER, "noivu", "admin")) {
            mvc.perform(get("/news").with(SignedIn.as(context, allowed))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(title)));
            mvc.perform(get("/news/{id}", id).with(SignedIn.as(context, allowed))).andExpect(status().isOk());
        }
        for (String outsider : List.of("anbinh.canbo", "mttq")) {
            mvc.perform(get("/news").with(SignedIn.as(context, outsider))).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(title))));
            mvc.perform(get("/news/{id}", id).with(SignedIn.as(context, outsider))).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(title))));
            mvc.perform(get("/news/new").with(SignedIn.as(context, outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/news/{id}/radio.docx", id).with(SignedIn.as(context, outsider)))
                    .andExpect(status().isForbidden());
            write(outsider, unique("Bài trái phép"), "<p>x</p>", "", "").andExpect(status().isForbidden());
            mvc.perform(post("/news/{id}/publish", id).with(SignedIn.as(context, outsider)).with(csrf())
                    .param("version", Long.toString(version(id)))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select status from news where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void anImageOfTheStoryIsServedOnlyOnceTheStoryIsPublishedAndOtherFilesAreRefused() throws Exception {
        long id = draft(unique("Bài có ảnh"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        mvc.perform(multipart("/news/{id}/images", id).file(new MockMultipartFile("files", "anh.png", "image/png", png))
                .with(SignedIn.as(context, WRITER)).with(csrf())).andExpect(status().is3xxRedirection());
        long fileId = jdbc.sql("select id from attachment where owner_type = 'news' and owner_id = :id")
                .param("id", id).query(Long.class).single();
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/news/{id}/images", id).file(new MockMultipartFile("files", "a.png", "image/png", pdf))
                .with(SignedIn.as(context, WRITER)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ nhận ảnh JPEG hoặc PNG")));
        assertThat(jdbc.sql("select count(*) from attachment where owner_type = 'news' and owner_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/portal/news/{id}/images/{f}", id, fileId)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/news/{id}/images/{f}", id, fileId).with(SignedIn.as(context, WRITER)))
                .andExpect(status().isOk());
        publish(id);
        mvc.perform(get("/portal/news/{id}/images/{f}", id, fileId)).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    @Test
    void theRadioScriptIsADocxWithTheTextAndItsReadingTime() throws Exception {
        String title = unique("Bản tin Phú Giáo");
        String script = "Người dân ấp Bình Thắng đã hiến đất, góp công làm đường bê tông dài hai cây số rưỡi.";
        write(WRITER, title, "<p>Nội dung</p>", "", script).andExpect(status().is3xxRedirection());
        long id = created(title);
        mvc.perform(get("/news/{id}", id).with(SignedIn.as(context, WRITER)))
                .andExpect(content().string(containsString("19 từ, đọc khoảng 0 phút 8 giây")));
        byte[] docx = mvc.perform(get("/news/{id}/radio.docx", id).with(SignedIn.as(context, WRITER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(title, script, "19 từ, khoảng 0 phút 8 giây",
                    "PHÒNG VĂN HÓA VÀ THÔNG TIN", "Đài Truyền thanh huyện");
            // a draft until the story is published: marked at the top, no number, signed by its compiler
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("DỰ THẢO");
            assertThat(document.getParagraphs().get(0).getCTP().getPPr().isSetPBdr()).isTrue();
            assertThat(document.getTables().get(0).getRow(1).getCell(0).getText()).matches("Số:\\s+/TB-.+");
            String compiler = jdbc.sql("select p.full_name from account a join person p on p.id = a.person_id "
                    + "where a.username = :u").param("u", WRITER).query(String.class).single();
            var closing = document.getTables().get(document.getTables().size() - 1);
            assertThat(closing.getRow(0).getCell(1).getText()).contains("NGƯỜI BIÊN SOẠN", compiler);
        }
        publish(id);
        String number = null;
        for (int download = 0; download < 2; download++) {
            byte[] issued = mvc.perform(get("/news/{id}/radio.docx", id).with(SignedIn.as(context, WRITER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var document = new XWPFDocument(new ByteArrayInputStream(issued));
                    var extractor = new XWPFWordExtractor(document)) {
                assertThat(extractor.getText()).doesNotContain("DỰ THẢO");
                String line = document.getTables().get(0).getRow(1).getCell(0).getText();
                assertThat(line).matches("Số: \\d{2,}/TB-.+");
                number = number == null ? line : number;
                assertThat(line).isEqualTo(number);
            }
        }
        assertThat(jdbc.sql("select count(*) from document_register where reference_type = 'NewsRadioScript' "
                + "and reference_id = :id").param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theListExportsAndTheFigureCountsStoriesPublishedByTheUnit() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long before = indicators.values(vhtt(), today, today).get(0).value().longValue();
        String title = unique("Bài đếm");
        long id = draft(title);
        assertThat(indicators.values(vhtt(), today, today).get(0).value().longValue()).isEqualTo(before);
        publish(id);
        assertThat(indicators.values(vhtt(), today, today).get(0).value().longValue()).isEqualTo(before + 1);
        assertThat(indicators.values(vhtt(), today.minusYears(5), today.minusYears(4)).get(0).value().longValue())
                .isZero();
        assertThat(indicators.definitions().get(0).directiveClause()).isEqualTo("2");

        byte[] xlsx = mvc.perform(get("/news").param("format", "xlsx").with(SignedIn.as(context, WRITER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0) != null && title.equals(row.getCell(0).toString())) {
                    found = true;
                    assertThat(row.getCell(2).toString()).isEqualTo("Đã đăng");
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/news").param("format", "xlsx").with(SignedIn.as(context, "mttq")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoStartHasThreePublishedStoriesOfTheInformationOfficeAndADraft() throws Exception {
        List<Long> published = jdbc.sql("select id from news where demo and status = 'PUBLISHED' order by id")
                .query(Long.class).list();
        List<Long> drafts = jdbc.sql("select id from news where demo and status = 'DRAFT'").query(Long.class).list();
        assertThat(published).hasSize(3);
        assertThat(drafts).hasSize(1);
        assertThat(jdbc.sql("select count(*) from news where demo and author_unit_id <> :u").param("u", vhtt())
                .query(Long.class).single()).isZero();
        mvc.perform(get("/portal/news/{id}", published.get(0))).andExpect(status().isOk())
                .andExpect(content().string(containsString("đối thoại")));
        mvc.perform(get("/portal/news/{id}", published.get(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dân vận khéo")));
        mvc.perform(get("/portal/news/{id}", published.get(2))).andExpect(status().isOk())
                .andExpect(content().string(containsString("lấy ý kiến Nhân dân")));
        mvc.perform(get("/portal/news/{id}", drafts.get(0))).andExpect(status().isNotFound());
    }
}
