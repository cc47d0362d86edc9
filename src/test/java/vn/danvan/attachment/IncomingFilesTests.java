package vn.danvan.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.shared.storage.LocalFileStore;
import vn.danvan.shared.storage.StagingFolder;
import vn.danvan.shared.web.InvalidRequestException;

/** A batch of uploads is checked whole: count, size and content type, and nothing stays behind when one fails. */
class IncomingFilesTests {

    private static final long MAX_BYTES = 10 * 1024 * 1024;

    @TempDir
    Path dataDir;
    AttachmentStorage storage;
    IncomingFiles incoming;

    @BeforeEach
    void setUp() {
        storage = new AttachmentStorage(new LocalFileStore(dataDir), new StagingFolder(dataDir), Clock.systemUTC());
        incoming = new IncomingFiles(storage, 5, MAX_BYTES);
    }

    @Test
    void acceptsEachAllowedTypeAndTakesTheTypeFromTheContent() {
        var staged = incoming.accept(List.of(
                new MockMultipartFile("files", "don.pdf", "text/html", SampleFiles.pdf()),
                SampleFiles.upload("anh.jpg", SampleFiles.jpeg()),
                SampleFiles.upload("anh.png", SampleFiles.png()),
                SampleFiles.upload("bien-ban.docx", SampleFiles.docxByPoi())));
        assertThat(staged).extracting(IncomingFiles.Staged::type).containsExactly(AttachmentType.PDF,
                AttachmentType.JPEG, AttachmentType.PNG, AttachmentType.DOCX);
        assertThat(staged.get(0).type().contentType()).isEqualTo("application/pdf");
        assertThat(staged.get(0).size()).isEqualTo(SampleFiles.pdf().length);
        assertThat(staged.get(0).sha256()).hasSize(64);
        assertThat(staged).allSatisfy(s -> assertThat(s.file()).exists().startsWith(dataDir.resolve("tmp")));
    }

    @Test
    void refusesAWorkbookRenamedDocx() {
        assertRefused(List.of(SampleFiles.upload("bao-cao.docx", SampleFiles.xlsx())), "attachment.error.type",
                "bao-cao.docx");
    }

    @Test
    void refusesAnExecutableOrAWebPageRenamedPdf() {
        assertRefused(List.of(SampleFiles.upload("don.pdf", SampleFiles.exe())), "attachment.error.type", "don.pdf");
        assertRefused(List.of(SampleFiles.upload("don.pdf", SampleFiles.html())), "attachment.error.type", "don.pdf");
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] big = new byte[(int) MAX_BYTES + 1];
        System.arraycopy(SampleFiles.pdf(), 0, big, 0, SampleFiles.pdf().length);
        assertRefused(List.of(SampleFiles.upload("lon.pdf", big)), "attachment.error.tooLarge", "lon.pdf", 10.0);
    }

    @Test
    void countsTheBytesReceivedNotTheSizeDeclared() {
        MultipartFile understated = new MockMultipartFile("files", "lon.pdf", null, new byte[(int) MAX_BYTES + 1]) {
            @Override
            public long getSize() {
                return 10;
            }
        };
        assertRefused(List.of(understated), "attachment.error.tooLarge", "lon.pdf", 10.0);
    }

    @Test
    void refusesSixFiles() {
        List<MultipartFile> six = new ArrayList<>(
                Collections.nCopies(6, SampleFiles.upload("don.pdf", SampleFiles.pdf())));
        assertRefused(six, "attachment.error.tooMany", 5);
    }

    @Test
    void ignoresFileInputsLeftEmpty() {
        List<MultipartFile> files = new ArrayList<>(
                Collections.nCopies(5, SampleFiles.upload("don.pdf", SampleFiles.pdf())));
        files.add(SampleFiles.noFileChosen());
        files.add(null);
        assertThat(incoming.accept(files)).hasSize(5);
        assertThat(incoming.accept(List.of(SampleFiles.noFileChosen()))).isEmpty();
        assertThat(incoming.accept(null)).isEmpty();
    }

    @Test
    void refusesANamedFileWithoutContent() {
        assertRefused(List.of(SampleFiles.upload("trong.pdf", new byte[0])), "attachment.error.empty", "trong.pdf");
    }

    @Test
    void oneRefusedFileLeavesNoStagedFileBehind() throws IOException {
        assertRefused(List.of(SampleFiles.upload("a.pdf", SampleFiles.pdf()), SampleFiles.upload("b.png", SampleFiles.png()),
                SampleFiles.upload("c.docx", SampleFiles.plainZip())), "attachment.error.type", "c.docx");
        try (Stream<Path> files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void keepsOnlyTheLastPartOfTheNameInNfc() {
        String decomposed = "C:\\Users\\x\\..\\Đơn kiến nghị.pdf".replace("ơ", "o\u031B");
        assertThat(IncomingFiles.displayName(decomposed, AttachmentType.PDF)).isEqualTo("Đơn kiến nghị.pdf");
        assertThat(IncomingFiles.displayName("../../etc/passwd", AttachmentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(IncomingFiles.displayName("a\r\nb\u0000.png", AttachmentType.PNG)).isEqualTo("ab.png");
        assertThat(IncomingFiles.displayName("..", AttachmentType.PDF)).isEqualTo("tep-dinh-kem.pdf");
        assertThat(IncomingFiles.displayName(null, AttachmentType.JPEG)).isEqualTo("tep-dinh-kem.jpg");
    }

    @Test
    void endsTheNameWithAnExtensionOfTheDetectedType() {
        assertThat(IncomingFiles.displayName("anh.JPEG", AttachmentType.JPEG)).isEqualTo("anh.jpeg");
        assertThat(IncomingFiles.displayName("trang.html", AttachmentType.PDF)).isEqualTo("trang.html.pdf");
        assertThat(IncomingFiles.displayName("bao-cao", AttachmentType.DOCX)).isEqualTo("bao-cao.docx");
    }

    @Test
    void cutsLongNamesToTwoHundredCharactersKeepingTheExtension() {
        String name = IncomingFiles.displayName("ệ".repeat(300) + ".docx", AttachmentType.DOCX);
        assertThat(name).hasSize(IncomingFiles.MAX_NAME_LENGTH).endsWith("ệ.docx");
        String emoji = IncomingFiles.displayName("a" + "😀".repeat(150) + ".png", AttachmentType.PNG);
        assertThat(emoji.length()).isLessThanOrEqualTo(IncomingFiles.MAX_NAME_LENGTH);
        assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 5))).isFalse();
    }

    private void assertRefused(List<MultipartFile> files, String key, Object... arguments) {
        assertThatThrownBy(() -> incoming.accept(files)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
