package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Writes the test documents to target/documents-samples, for a person to open and compare with Decree 30/2020. */
class RenderedSamplesTests {

    @Test
    void writesTheSampleFilesForReview() throws IOException {
        Path dir = Path.of("target", "documents-samples");
        Files.createDirectories(dir);
        write(dir, "bao-cao", TestDocuments.report(3));
        write(dir, "cong-van", TestDocuments.letter());
        write(dir, "to-trinh", TestDocuments.submission());
        write(dir, "quyet-dinh", OfficeLayoutTests.decision(22));
        write(dir, "bang-rong", OfficeLayoutTests.wideTable());
        assertThat(dir.resolve("bao-cao.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("cong-van.docx")).isNotEmptyFile();
    }

    private static void write(Path dir, String name, OfficialDocument document) throws IOException {
        Files.write(dir.resolve(name + ".docx"), DocxRenderer.render(document));
        Files.write(dir.resolve(name + ".pdf"), PdfRenderer.render(document));
    }
}
