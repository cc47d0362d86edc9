package vn.danvan.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the sanitiser removes from a story's body and what it keeps. */
class NewsSanitizerTests {

    @Test
    void scriptElementsAreRemovedWithTheirContent() {
        String clean = NewsSanitizer.clean("<p>Tin tốt</p><script>window.__xss=1</script><SCRIPT src=x></SCRIPT>");
        assertThat(clean).isEqualTo("<p>Tin tốt</p>");
    }

    @Test
    void eventHandlersAndStyleAttributesAreRemoved() {
        String clean = NewsSanitizer.clean(
                "<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\">Đoạn</p><strong onmouseover=\"x()\">đậm</strong>");
        assertThat(clean).isEqualTo("<p>Đoạn</p><strong>đậm</strong>");
    }

    @Test
    void imagesFromElsewhereOrWithHandlersAreRemovedAndOwnImagesKeptWithoutHandlers() {
        assertThat(NewsSanitizer.clean("<img src=x onerror=\"window.__xss=2\">")).isEmpty();
        assertThat(NewsSanitizer.clean("<img src=\"https://evil.example/a.png\">")).isEmpty();
        assertThat(NewsSanitizer.clean("<img src=\"//evil.example/a.png\">")).isEmpty();
        assertThat(NewsSanitizer.clean("<img src=\"/portal/news/1/images/../../x\">")).isEmpty();
        assertThat(NewsSanitizer.clean("<img src=\"data:image/png;base64,AAAA\">")).isEmpty();
        assertThat(NewsSanitizer.clean("<img src=\"/portal/news/7/images/12\" alt=\"Hội nghị\" onload=\"x()\" style=\"width:1px\">"))
                .isEqualTo("<img src=\"/portal/news/7/images/12\" alt=\"Hội nghị\">");
    }

    @Test
    void javascriptAndOutsideLinksLoseTheirLinkButKeepTheirText() {
        assertThat(NewsSanitizer.clean("<a href=\"javascript:alert(1)\">bấm</a>")).isEqualTo("bấm");
        assertThat(NewsSanitizer.clean("<a href=\" JaVaScRiPt:alert(1)\">bấm</a>")).isEqualTo("bấm");
        assertThat(NewsSanitizer.clean("<a href=\"https://evil.example/portal/x\">ngoài</a>")).isEqualTo("ngoài");
        assertThat(NewsSanitizer.clean("<a href=\"/admin/accounts\">quản trị</a>")).isEqualTo("quản trị");
        assertThat(NewsSanitizer.clean("<a href=\"/portal/dialogues/12\" onclick=\"x()\" target=\"_blank\">đối thoại</a>"))
                .isEqualTo("<a href=\"/portal/dialogues/12\">đối thoại</a>");
    }

    @Test
    void allowedMarkupAndVietnameseTextAreKept() {
        String body = "<h2>Mô hình \"Dân vận khéo\"</h2><p>Bà con ấp Bình Thắng <strong>góp công</strong>, "
                + "<em>góp đất</em> làm đường<br>bê tông.</p><ul><li>2,5 km</li><li>86 hộ</li></ul>"
                + "<blockquote>Dân biết, dân bàn, dân làm, dân kiểm tra</blockquote>";
        assertThat(NewsSanitizer.clean(body)).isEqualTo(body.replace("\"Dân vận khéo\"", "\"Dân vận khéo\""));
        assertThat(NewsSanitizer.clean("<p>Đường ĐT 741 – Phước Vĩnh ở Phú Giáo</p>"))
                .isEqualTo("<p>Đường ĐT 741 – Phước Vĩnh ở Phú Giáo</p>");
    }

    @Test
    void plainTextBecomesParagraphsWithItsMarkupCharactersEscaped() {
        assertThat(NewsSanitizer.clean("Đoạn một\ndòng hai\n\nĐoạn hai: 3 < 5 & đúng"))
                .isEqualTo("<p>Đoạn một<br>dòng hai</p><p>Đoạn hai: 3 &lt; 5 &amp; đúng</p>");
    }

    @Test
    void portalPathsOnlyAreRelatedLinks() {
        assertThat(NewsSanitizer.isPortalPath("/portal/models/3")).isTrue();
        assertThat(NewsSanitizer.isPortalPath("/portal/answers")).isTrue();
        assertThat(NewsSanitizer.isPortalPath("javascript:alert(1)")).isFalse();
        assertThat(NewsSanitizer.isPortalPath("https://example.com/portal/x")).isFalse();
        assertThat(NewsSanitizer.isPortalPath("/portal/../admin")).isFalse();
        assertThat(NewsSanitizer.isPortalPath("/petitions/1")).isFalse();
    }

    @Test
    void readingTimeIsAboutOneHundredFiftyWordsAMinute() {
        assertThat(RadioReading.of("một hai ba".repeat(1).strip())).isEqualTo(new RadioReading(3, 0, 1));
        String words = "từ ".repeat(225);
        assertThat(RadioReading.of(words)).isEqualTo(new RadioReading(225, 1, 30));
        assertThat(RadioReading.of("  ")).isEqualTo(new RadioReading(0, 0, 0));
    }
}
