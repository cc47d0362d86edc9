package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The whole way of a petition, clicked through as people do: a citizen sends it with a file and
 * gets a code, the An Bình officer finds and accepts it, the head assigns it, the officer drafts
 * the answer, the head publishes it, and the citizen reads the answer by the code and rates it.
 */
@DanVanIntegrationTest
class PetitionBrowserIT extends BrowserTestSupport {

    @Test
    void fromTheCitizenToThePublishedAnswerAndBack() throws Exception {
        String title = "Đèn đường ấp 2 bị hỏng " + uniqueSuffix();
        Path photo = Files.createTempFile("anh-den-duong", ".pdf");
        Files.write(photo, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        // the citizen, without an account
        open("/");
        clickAndWaitForPage(By.id("portal-send"));
        waitForPath("/portal/petitions/new");
        select(By.id("categoryId"), "Giao thông");
        select(By.id("unitId"), "Ủy ban nhân dân xã An Bình");
        type(By.id("title"), title);
        type(By.id("content"), "Ba bóng đèn đường ở ấp 2 không sáng từ tuần trước, buổi tối rất tối.");
        type(By.id("place"), "Ấp 2, xã An Bình");
        find(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
        type(By.id("fullName"), "Phạm Văn Công");
        type(By.id("phone"), "0909000111");
        click(By.name("consent"));
        clickAndWaitForPage(By.id("submit-petition"));
        String code = text(By.id("tracking-code"));
        assertThat(code).matches("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");
        String citizenKey = text(By.id("citizen-key"));
        assertThat(citizenKey).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(bodyText()).contains("chậm nhất ngày");

        // the officer of An Bình finds it by a search without accents and accepts it
        signIn("anbinh.canbo", DEMO_PASSWORD);
        open("/petitions");
        type(By.id("q"), "den duong ap 2 " + title.substring(title.lastIndexOf(' ') + 1).toLowerCase());
        clickAndWaitForPage(By.id("inbox-filter-submit"));
        clickAndWaitForPage(By.linkText(code));
        String petitionPath = currentPath();
        assertThat(text(By.id("petition-files"))).contains(".pdf");
        clickAndWaitForPage(By.id("action-accept"));
        assertThat(text(By.id("petition-status"))).isEqualTo("Đã thụ lý");
        assertThat(text(By.id("flash"))).isEqualTo("Đã thụ lý phản ánh " + code + ".");
        assertThat(text(By.id("petition-history"))).as("who acted, by name and title, not by login name")
                .contains("Lê Thị Hoa (Công chức Văn phòng - Thống kê xã An Bình)").doesNotContain("anbinh.canbo");
        signOut();

        // the head assigns it to the officer
        signIn("anbinh.truong", DEMO_PASSWORD);
        open(petitionPath);
        select(By.id("assign-account"), "Lê Thị Hoa (anbinh.canbo)");
        clickAndWaitForPage(By.id("action-assign"));
        assertThat(text(By.id("petition-status"))).isEqualTo("Đã phân công");
        assertThat(text(By.id("flash"))).isEqualTo("Đã phân công phản ánh " + code + " cho Lê Thị Hoa.");
        signOut();

        // the officer works on it and drafts the answer
        signIn("anbinh.canbo", DEMO_PASSWORD);
        // the officer's own list, searched by the code (other tests leave many answered petitions of hers)
        open("/petitions?mine=true&q=" + code);
        assertThat(text(By.id("inbox-table"))).contains(code);
        open(petitionPath);
        clickAndWaitForPage(By.id("action-start"));
        type(By.id("draft-text"), "Kính gửi ông Phạm Văn Công: UBND xã đã thay ba bóng đèn ở ấp 2 ngày 20/11.");
        clickAndWaitForPage(By.id("action-draft"));
        assertThat(text(By.id("petition-status"))).isEqualTo("Chờ duyệt trả lời");
        signOut();

        // the head publishes it without the petitioner's name
        signIn("anbinh.truong", DEMO_PASSWORD);
        open(petitionPath);
        click(By.id("approve-publish"));
        type(By.id("approve-text"), "UBND xã đã thay ba bóng đèn ở ấp 2 ngày 20/11.");
        click(By.id("action-approve"));
        confirmAction();
        assertThat(text(By.id("petition-status"))).isEqualTo("Đã trả lời");
        assertThat(text(By.id("flash")))
                .isEqualTo("Đã duyệt, gửi trả lời phản ánh " + code + " cho người gửi và công khai câu trả lời.");
        signOut();

        // anybody reads the published answer by the code; the citizen, with the key, reads theirs and rates it
        open("/portal/petitions/lookup");
        type(By.id("code"), code.toLowerCase());
        clickAndWaitForPage(By.id("lookup-submit"));
        assertThat(text(By.id("petition-status"))).isEqualTo("Đã trả lời");
        assertThat(text(By.id("petition-public-answer"))).contains("đã thay ba bóng đèn");
        assertThat(isPresent(By.id("rate-form"))).isFalse();
        type(By.id("owner-key"), "AAAA-BBBB-CCCC");
        clickAndWaitForPage(By.id("owner-submit"));
        assertThat(text(By.id("form-errors"))).contains("Mã bảo mật không đúng");
        type(By.id("owner-key"), citizenKey);
        clickAndWaitForPage(By.id("owner-submit"));
        assertThat(text(By.id("petition-answer"))).contains("Kính gửi ông Phạm Văn Công");
        assertThat(pageSource()).doesNotContain("0909000111");
        click(By.id("rating-5"));
        type(By.id("rate-comment"), "Cảm ơn xã đã xử lý nhanh");
        clickAndWaitForPage(By.id("rate-submit"));
        assertThat(bodyText()).contains("Cảm ơn bạn đã đánh giá.");
        assertThat(text(By.id("rated"))).contains("5/5");
    }
}
