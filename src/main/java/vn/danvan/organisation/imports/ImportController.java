package vn.danvan.organisation.imports;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.danvan.jobs.LongWorkRequest;
import vn.danvan.jobs.LongWorkService;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportFiles;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.organisation.UnitKind;

/**
 * Administrators import units or people in bulk from a spreadsheet: the page that explains the
 * layouts and takes the file, the downloadable templates, the result and its error report.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

    static final String FORM = "organisation/import";
    static final String RESULT = "organisation/importResult";
    /** The last rejected file's report, kept in the session until the next import so it can be downloaded. */
    static final String REPORT = ImportController.class.getName() + ".report";
    static final String REPORT_KIND = ImportController.class.getName() + ".reportKind";

    private final ImportService imports;
    private final ImportFileReader reader;
    private final MessageSource messages;
    private final LongWorkService longWork;

    ImportController(ImportService imports, ImportFileReader reader, MessageSource messages, LongWorkService longWork) {
        this.longWork = longWork;
        this.imports = imports;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/admin/import")
    String initImportForm(Model model, HttpSession session) {
        forgetReport(session);
        return form(model, ImportKind.UNITS, null);
    }

    /**
     * Imports the file, all or nothing. A missing kind comes back beside its choice; a missing or
     * refused file, or one that cannot be read, above the form.
     */
    @PostMapping("/admin/import")
    String processImportForm(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult binding,
            Model model, HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        HttpSession session = request.getSession();
        forgetReport(session);
        if (binding.hasErrors()) {
            return form(model, null, null);
        }
        ImportKind kind = form.kind();
        ImportResult<Imported> result;
        try {
            var background = ImportFiles.inBackground(form.file(), reader, longWork.importThreshold());
            if (background.isPresent()) {
                return longWork.redirect(longWork.start(LongWorkRequest.upload(OrganisationImportJob.KIND,
                        "import.jobTitle." + kind.name(), java.util.Map.of("kind", kind.name()),
                        background.get().fileName(), background.get().content(), background.get().rows())));
            }
            result = ImportFiles.upload(form.file(), (name, content) -> imports.importFile(kind, name, content));
        } catch (InvalidRequestException e) {
            return form(model, kind, e);
        }
        if (ImportFiles.keep(result, REPORT, session, model, redirect)) {
            redirect.addFlashAttribute("importKind", kind);
            return "redirect:/admin/import/result";
        }
        session.setAttribute(REPORT_KIND, kind);
        return result(model, kind);
    }

    /** The outcome of a successful import, shown once after the redirect (a reload does not import again). */
    @GetMapping("/admin/import/result")
    String showResult(Model model) {
        if (!(model.getAttribute(ImportFiles.RESULT) instanceof ImportResult<?>)
                || !(model.getAttribute("importKind") instanceof ImportKind kind)) {
            return "redirect:/admin/import";
        }
        return result(model, kind);
    }

    @GetMapping("/admin/import/report")
    ResponseEntity<byte[]> report(@RequestParam(defaultValue = "xlsx") String format, HttpSession session) {
        if (!(session.getAttribute(REPORT) instanceof ImportResult<?> result)
                || !(session.getAttribute(REPORT_KIND) instanceof ImportKind kind)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/admin/import").build().toUri())
                    .build();
        }
        return ImportFiles.report(messages, result.problems(), format, "loi-nhap-" + kind.slug());
    }

    /** An empty file to fill in: the header row and one example row. */
    @GetMapping("/admin/import/template/{name}.{format}")
    ResponseEntity<byte[]> template(@PathVariable String name, @PathVariable String format) {
        ImportKind kind = ImportKind.bySlug(name).orElseThrow(() -> new NotFoundException("import template", name));
        return ImportFiles.template(kind.columns(), format, kind.templateName());
    }

    private static void forgetReport(HttpSession session) {
        session.removeAttribute(REPORT);
        session.removeAttribute(REPORT_KIND);
    }

    private String form(Model model, ImportKind kind, InvalidRequestException error) {
        model.addAttribute("importError", error == null ? null : ImportProblem.of(0, error));
        return page(model, kind, FORM);
    }

    private String result(Model model, ImportKind kind) {
        return page(model, kind, RESULT);
    }

    private String page(Model model, ImportKind kind, String view) {
        if (!model.containsAttribute("importForm")) {
            model.addAttribute("importForm", new ImportForm(kind, null));
        }
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("kindChoices", Arrays.stream(ImportKind.values())
                .map(k -> Choice.ofKey(k.name(), k.messageKey()).withId("kind-" + k.slug())).toList());
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("maxRows", reader.maxRows());
        model.addAttribute("maxMegabytes", ImportFileReader.MAX_BYTES / (1024 * 1024));
        return view;
    }
}
