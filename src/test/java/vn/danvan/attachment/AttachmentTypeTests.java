package vn.danvan.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type of a file is read from its content; the name plays no part. */
class AttachmentTypeTests {

    @TempDir
    Path dir;

    @Test
    void recognisesPdfJpegAndPngByTheirHeaders() throws IOException {
        assertThat(detect(SampleFiles.pdf())).contains(AttachmentType.PDF);
        assertThat(detect(SampleFiles.jpeg())).contains(AttachmentType.JPEG);
        assertThat(detect(SampleFiles.png())).contains(AttachmentType.PNG);
    }

    @Test
    void recognisesAWordDocumentBuiltByHandAndOneWrittenByPoi() throws IOException {
        assertThat(detect(SampleFiles.docxByHand())).contains(AttachmentType.DOCX);
        assertThat(detect(SampleFiles.docxByPoi())).contains(AttachmentType.DOCX);
    }

    @Test
    void refusesOtherZipPackages() throws IOException {
        assertThat(detect(SampleFiles.xlsx())).isEmpty();
        assertThat(detect(SampleFiles.odt())).isEmpty();
        assertThat(detect(SampleFiles.plainZip())).isEmpty();
    }

    @Test
    void refusesAMacroEnabledDocument() throws IOException {
        assertThat(detect(SampleFiles.docm())).isEmpty();
    }

    @Test
    void refusesExecutablesAndWebPages() throws IOException {
        assertThat(detect(SampleFiles.exe())).isEmpty();
        assertThat(detect(SampleFiles.html())).isEmpty();
    }

    @Test
    void refusesTruncatedOrBrokenZips() throws IOException {
        byte[] docx = SampleFiles.docxByHand();
        assertThat(detect(java.util.Arrays.copyOf(docx, docx.length / 2))).isEmpty();
        assertThat(detect(new byte[] {'P', 'K', 3, 4})).isEmpty();
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    @Test
    void readsAtMostTheEntryLimitOfAZip() throws IOException {
        assertThat(detect(SampleFiles.docxAfterManyEntries(AttachmentType.MAX_ZIP_ENTRIES - 2)))
                .contains(AttachmentType.DOCX);
        assertThat(detect(SampleFiles.docxAfterManyEntries(AttachmentType.MAX_ZIP_ENTRIES + 500))).isEmpty();
    }

    private Optional<AttachmentType> detect(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "sample", ".bin");
        Files.write(file, content);
        return AttachmentType.detect(file);
    }
}
