package vn.danvan.dossier;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.jobs.LongWorkRequest;
import vn.danvan.jobs.LongWorkService;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportFiles;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * Officers and heads import dossiers from the province's dossier book: the page that explains the columns
 * and takes the file, the templates, the result and the error report of a rejected file.
 */
@Controller
class DossierImportController {

    static final String FORM = "dossier/import";
    static final String RESULT = "dossier/import-result";
    static final String REPORT = DossierImportController.class.getName() + ".report";

    private final DossierImport imports;
    private final Dossiers dossiers;
    private final DossierProcedures procedures;
    private final ImportFileReader reader;
    private final MessageSource messages;
    private final LongWorkService longWork;

    DossierImportController(DossierImport imports, Dossiers dossiers, DossierProcedures procedures,
            ImportFileReader reader, MessageSource messages, LongWorkService longWork) {
        this.longWork = longWork;
        this.imports = imports;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/dossiers/import")
    String show(Model model, HttpSession session) {
        requireImport();
        session.removeAttribute(REPORT);
        return form(model, (InvalidRequestException) null);
    }

    @PostMapping("/dossiers/import")
    String upload(@Valid @ModelAttribute("importForm") DossierImportForm form, BindingResult result, Model model,
            HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        requireImport();
        HttpSession session = request.getSession();
        session.removeAttribute(REPORT);
        if (result.hasErrors()) {
            // a "file" that is not a file (a text field of that name): as if none was chosen
            return form(model, new InvalidRequestException("import.error.fileRequired"));
        }
        ImportResult<ImportedDossier> imported;
        try {
            var background = ImportFiles.inBackground(form.file(), reader, longWork.importThreshold());
            if (background.isPresent()) {
                return longWork.redirect(longWork.start(LongWorkRequest.upload(DossierImportJob.KIND,
                        "dossier.import.jobTitle", java.util.Map.of(), background.get().fileName(),
                        background.get().content(), background.get().rows())));
            }
            imported = ImportFiles.upload(form.file(), imports::importFile);
        } catch (InvalidRequestException e) {
            return form(model, e);
        }
        return ImportFiles.keep(imported, REPORT, session, model, redirect) ? "redirect:/dossiers/import/result"
                : page(model, RESULT);
    }

    @GetMapping("/dossiers/import/result")
    String result(Model model) {
        if (!(model.getAttribute(ImportFiles.RESULT) instanceof ImportResult<?>)) {
            return "redirect:/dossiers/import";
        }
        return page(model, RESULT);
    }

    @GetMapping("/dossiers/import/report")
    ResponseEntity<byte[]> report(@RequestParam(defaultValue = "xlsx") String format, HttpSession session) {
        return ImportFiles.keptReport(session, REPORT, messages, format, "loi-nhap-ho-so", "/dossiers/import");
    }

    @GetMapping("/dossiers/import/template.{format}")
    ResponseEntity<byte[]> template(@PathVariable String format) {
        return ImportFiles.template(DossierColumn.all(), format, "mau-nhap-ho-so-mot-cua");
    }

    private void requireImport() {
        if (!dossiers.mayReceive()) {
            throw new AccessDeniedException("only officers and heads import dossiers");
        }
    }

    private String form(Model model, InvalidRequestException error) {
        model.addAttribute("importError", error == null ? null : ImportProblem.of(0, error));
        return page(model, FORM);
    }

    private String page(Model model, String view) {
        model.addAttribute("columns", DossierColumn.all());
        model.addAttribute("procedures", procedures.receivable().stream().filter(p -> dossiers.canAct(p.unitId()))
                .toList());
        model.addAttribute("maxRows", reader.maxRows());
        model.addAttribute("maxMegabytes", ImportFileReader.MAX_BYTES / (1024 * 1024));
        return view;
    }
}
