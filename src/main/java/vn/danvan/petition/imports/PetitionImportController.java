package vn.danvan.petition.imports;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.UnitField;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.jobs.LongWorkRequest;
import vn.danvan.jobs.LongWorkService;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportFiles;
import vn.danvan.shared.imports.ImportUpload;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.handling.PetitionRepository;

/**
 * Officers import petitions in bulk from a spreadsheet: the page that explains the layout and takes
 * the file, the downloadable template, the result and its error report. Open to those who may
 * record a petition at the counter (officers, unit heads, Home Affairs).
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','UNIT_HEAD','HOME_AFFAIRS')")
class PetitionImportController {

    static final String FORM = "petition/import";
    static final String RESULT = "petition/importResult";
    static final String TEMPLATE_NAME = "mau-nhap-phan-anh-kien-nghi";
    /** The last rejected file's report, kept in the session until the next import so it can be downloaded. */
    static final String REPORT = PetitionImportController.class.getName() + ".report";

    private final UnitPicker picker;
    private final PetitionImport imports;
    private final ImportFileReader reader;
    private final PetitionRepository petitions;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final MessageSource messages;
    private final LongWorkService longWork;

    PetitionImportController(UnitPicker picker, PetitionImport imports, ImportFileReader reader, PetitionRepository petitions,
            OrganisationService organisation, OrganisationScope scope, MessageSource messages,
            LongWorkService longWork) {
        this.picker = picker;
        this.longWork = longWork;
        this.imports = imports;
        this.reader = reader;
        this.petitions = petitions;
        this.organisation = organisation;
        this.scope = scope;
        this.messages = messages;
    }

    /** The page, with the code of the unit looked up ({@code unitId}) when the units are too many to list. */
    @GetMapping("/petitions/import")
    String initImportForm(@RequestParam(required = false) Long unitId, Model model, HttpSession session) {
        session.removeAttribute(REPORT);
        model.addAttribute("lookedUp", unitId);
        return form(model, null);
    }

    @PostMapping("/petitions/import")
    String processImportForm(@Valid ImportUpload form, BindingResult binding, Model model, HttpSession session,
            RedirectAttributes redirect) throws IOException {
        session.removeAttribute(REPORT);
        ImportResult<ImportedPetition> result;
        try {
            var file = binding.hasErrors() ? null : form.file();
            var background = ImportFiles.inBackground(file, reader, longWork.importThreshold());
            if (background.isPresent()) {
                return longWork.redirect(longWork.start(LongWorkRequest.upload(PetitionImportJob.KIND,
                        "petition.import.jobTitle", java.util.Map.of(), background.get().fileName(),
                        background.get().content(), background.get().rows())));
            }
            result = ImportFiles.upload(file, imports::importFile);
        } catch (InvalidRequestException e) {
            return form(model, e);
        }
        return ImportFiles.keep(result, REPORT, session, model, redirect) ? "redirect:/petitions/import/result"
                : page(model, RESULT);
    }

    /** The outcome of a successful import, shown once after the redirect (a reload does not import again). */
    @GetMapping("/petitions/import/result")
    String showResult(Model model) {
        if (!(model.getAttribute(ImportFiles.RESULT) instanceof ImportResult<?>)) {
            return "redirect:/petitions/import";
        }
        return page(model, RESULT);
    }

    @GetMapping("/petitions/import/report")
    ResponseEntity<byte[]> report(@RequestParam(defaultValue = "xlsx") String format, HttpSession session) {
        return ImportFiles.keptReport(session, REPORT, messages, format, "loi-nhap-phan-anh-kien-nghi",
                "/petitions/import");
    }

    /** An empty file to fill in: the header row and one example row. */
    @GetMapping("/petitions/import/template.{format}")
    ResponseEntity<byte[]> template(@PathVariable String format) {
        return ImportFiles.template(PetitionColumn.all(), format, TEMPLATE_NAME);
    }

    private String form(Model model, InvalidRequestException error) {
        model.addAttribute("importError", error == null ? null : ImportProblem.of(0, error));
        return page(model, FORM);
    }

    private String page(Model model, String view) {
        var visible = scope.visibleUnits();
        model.addAttribute("columns", PetitionColumn.all());
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("categories", petitions.categories(true));
        // the codes of the units in scope, listed when they are few; else the one looked up with the unit picker
        UnitField lookup = picker.field(UnitPicker.Scope.VISIBLE);
        model.addAttribute("unitLookup", lookup);
        Long lookedUp = (Long) model.getAttribute("lookedUp");
        model.addAttribute("units", lookup.listed()
                ? organisation.activeUnits().stream().filter(u -> visible.includes(u.id())).toList()
                : java.util.Optional.ofNullable(lookedUp).flatMap(organisation::unit)
                        .filter(u -> visible.includes(u.id())).stream().toList());
        model.addAttribute("maxRows", reader.maxRows());
        model.addAttribute("maxMegabytes", ImportFileReader.MAX_BYTES / (1024 * 1024));
        return view;
    }
}
