package vn.danvan.reporting;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.jobs.LongWorkRequest;
import vn.danvan.jobs.LongWorkService;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TableExport;

/**
 * Consolidation for the Chairman: Home Affairs builds it (with htmx the button shows progress and
 * the browser then goes to the result page; without JavaScript the form posts and redirects), the
 * result page offers DOCX, PDF and XLSX, and the Chairman approves it.
 */
@Controller
@PreAuthorize("hasAnyRole('HOME_AFFAIRS','LEADER','ADMIN')")
class ConsolidationController {

    static final String RESULT = "reporting/consolidation";

    private final Consolidation consolidation;
    private final ReportingService reporting;
    private final OfficialDocuments documents;
    private final LongWorkService longWork;

    ConsolidationController(Consolidation consolidation, ReportingService reporting, OfficialDocuments documents,
            LongWorkService longWork) {
        this.longWork = longWork;
        this.consolidation = consolidation;
        this.reporting = reporting;
        this.documents = documents;
    }

    @PostMapping("/reporting/periods/{id}/consolidate")
    String consolidate(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response, RedirectAttributes redirect) {
        consolidation.consolidate(id);
        String result = "/reporting/periods/" + id + "/consolidation";
        if (htmx != null) {
            // htmx showed the progress; it now loads the result page itself
            response.setHeader("HX-Redirect", result);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        redirect.addFlashAttribute("flash", "reporting.consolidation.done");
        return "redirect:" + result;
    }

    @GetMapping("/reporting/periods/{id}/consolidation")
    String result(@PathVariable long id, Model model) {
        ReportingPeriod period = reporting.period(id).orElseThrow(() -> new NotFoundException("period", id));
        model.addAttribute("period", period);
        model.addAttribute("number", consolidation.number(id).map(n -> n.documentNumber().text()).orElse(null));
        model.addAttribute("completeness", reporting.completeness(reporting.visibleReports(id)));
        return RESULT;
    }

    @PostMapping("/reporting/periods/{id}/approve")
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        consolidation.approve(id);
        redirect.addFlashAttribute("flash", "reporting.consolidation.approved");
        return "redirect:/reporting/periods/" + id + "/consolidation";
    }

    /*
     * A consolidated report has a row per unit report: above the export threshold (a province's, the whole
     * country's) it is written in the background and the person follows it on the job's progress page.
     */
    @GetMapping("/reporting/periods/{id}/consolidation.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return inBackground(id, "docx") ? start(id, "docx")
                : documents.download(consolidation.document(id), DocumentFormat.DOCX, fileName(id));
    }

    @GetMapping("/reporting/periods/{id}/consolidation.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return inBackground(id, "pdf") ? start(id, "pdf")
                : documents.download(consolidation.document(id), DocumentFormat.PDF, fileName(id));
    }

    @GetMapping("/reporting/periods/{id}/consolidation.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return inBackground(id, "xlsx") ? start(id, "xlsx") : TableExport.xlsx(fileName(id), consolidation.table(id));
    }

    private boolean inBackground(long id, String format) {
        reporting.period(id).orElseThrow(() -> new NotFoundException("period", id));
        return longWork.exportInBackground(reporting.visibleReports(id).size());
    }

    private ResponseEntity<byte[]> start(long id, String format) {
        int year = reporting.period(id).map(ReportingPeriod::year).orElse(0);
        long job = longWork.start(LongWorkRequest.of(ConsolidationDocumentJob.KIND, "reporting.consolidation.job",
                List.of(String.valueOf(year), format.toUpperCase(java.util.Locale.ROOT)),
                Map.of("period", String.valueOf(id), "format", format, "fileName", fileName(id))));
        return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                .location(java.net.URI.create(longWork.page(job))).build();
    }

    private String fileName(long id) {
        return "bao-cao-cong-tac-dan-van-" + reporting.period(id).map(ReportingPeriod::year).orElse(0);
    }
}
