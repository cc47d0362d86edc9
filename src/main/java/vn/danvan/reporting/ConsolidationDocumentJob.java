package vn.danvan.reporting;

import java.nio.file.Files;

import org.springframework.stereotype.Component;

import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.jobs.LongWork;
import vn.danvan.jobs.LongWorkHandler;
import vn.danvan.jobs.LongWorkProgress;
import vn.danvan.jobs.LongWorkResult;
import vn.danvan.shared.web.TableExport;

/**
 * The consolidated report of a period with more unit reports than the export threshold (a province's or the
 * whole country's: a row per unit) written in the background as DOCX, PDF or XLSX; the result page's links
 * start it and the progress page offers the file. It writes a new file from the start if it runs again.
 */
@Component
class ConsolidationDocumentJob implements LongWorkHandler {

    static final String KIND = "reporting-consolidation";

    private final Consolidation consolidation;
    private final OfficialDocuments documents;

    ConsolidationDocumentJob(Consolidation consolidation, OfficialDocuments documents) {
        this.consolidation = consolidation;
        this.documents = documents;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public LongWorkResult run(LongWork work, LongWorkProgress progress) throws Exception {
        long period = Long.parseLong(work.param("period"));
        String format = work.param("format");
        String fileName = work.param("fileName");
        byte[] file;
        String type;
        if ("xlsx".equals(format)) {
            file = consolidation.table(period).toXlsx();
            type = TableExport.XLSX.toString();
        } else {
            DocumentFormat documentFormat = "pdf".equals(format) ? DocumentFormat.PDF : DocumentFormat.DOCX;
            file = documents.render(consolidation.document(period), documentFormat);
            type = documentFormat == DocumentFormat.PDF ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        Files.write(work.resultFile(), file);
        return LongWorkResult.file(work.resultFile(), fileName + "." + format, type);
    }
}
