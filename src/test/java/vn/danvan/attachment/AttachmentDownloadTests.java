package vn.danvan.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The download name reaches every browser intact and cannot break out of its header. */
class AttachmentDownloadTests {

    @Test
    void givesTheUtf8NameAndAnAsciiFallback() {
        assertThat(AttachmentService.contentDisposition("Đơn kiến nghị.pdf")).isEqualTo(
                "attachment; filename=\"Don kien nghi.pdf\"; "
                        + "filename*=UTF-8''%C4%90%C6%A1n%20ki%E1%BA%BFn%20ngh%E1%BB%8B.pdf");
    }

    @Test
    void quotesAndPercentSignsCannotEndTheFallbackName() {
        assertThat(AttachmentService.contentDisposition("a\"b%;c.png"))
                .startsWith("attachment; filename=\"a_b_;c.png\"; filename*=UTF-8''a%22b%25%3Bc.png");
    }
}
