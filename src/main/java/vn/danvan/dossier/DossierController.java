package vn.danvan.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.documents.DocumentFormat;
import vn.danvan.dossier.Dossiers.Filter;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * Staff screens of the one-stop counter: the dossiers of the units in scope with filters and export, the
 * receipt form, a dossier's page with its history and the actions of its state, and the receipt slip.
 */
@Controller
class DossierController {

    static final String LIST = "dossier/list";
    static final String NEW = "dossier/new";
    static final String PAGE = "dossier/dossier";

    private final UnitPicker picker;
    private final Dossiers dossiers;
    private final DossierProcedures procedures;
    private final ReceiptSlip slip;
    private final ApologySlip apology;
    private final OrganisationScope scope;
    private final MessageSource messages;

    private final DossierSettings settings;

    private final DossierExport exports;
    private final vn.danvan.jobs.LongWorkService longWork;

    DossierController(UnitPicker picker, Dossiers dossiers, DossierProcedures procedures, ReceiptSlip slip, ApologySlip apology,
            OrganisationScope scope, MessageSource messages,
            DossierSettings settings, DossierExport exports, vn.danvan.jobs.LongWorkService longWork) {
        this.picker = picker;
        this.exports = exports;
        this.longWork = longWork;
        this.settings = settings;
        this.apology = apology;
        this.scope = scope;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.slip = slip;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ list

    @GetMapping("/dossiers")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) DossierState state,
            @RequestParam(required = false) Long procedureId, @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(required = false) String code, PageQuery page, Model model) {
        Filter filter = new Filter(unitId, state, procedureId, late, code);
        // the filter form's object: what was asked, shown back (the fields are not bound, see list.html)
        model.addAttribute("filter", filter);
        model.addAttribute("units", picker.field(UnitPicker.Scope.VISIBLE));
        model.addAttribute("unitId", unitId);
        model.addAttribute("page", dossiers.page(filter, page));
        model.addAttribute("code", code);
        model.addAttribute("states", Choice.ofEnum(DossierState::messageKey, DossierState.values()));
        model.addAttribute("procedures", Choice.of(procedures.all(), Procedure::id, Procedure::name));
        model.addAttribute("lateChoices", List.of(Choice.ofKey(true, "dossier.late")));
        model.addAttribute("state", state);
        model.addAttribute("procedureId", procedureId);
        model.addAttribute("late", late);
        model.addAttribute("today", dossiers.today());
        model.addAttribute("mayReceive", dossiers.mayReceive());
        return LIST;
    }

    /** Every dossier the filter finds: the file at once up to the export threshold, above it a background job. */
    @GetMapping("/dossiers/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) DossierState state, @RequestParam(required = false) Long procedureId,
            @RequestParam(defaultValue = "false") boolean late, @RequestParam(required = false) String code,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.export(DossierExport.params(new Filter(unitId, state, procedureId, late, code)), format,
                longWork);
    }

    // ------------------------------------------------------------------ receipt

    @GetMapping("/dossiers/new")
    String newDossier(Model model) {
        dossiers.requireReceiving(null);
        model.addAttribute("receiptForm", ReceiptForm.empty());
        return receiptForm(model);
    }

    @PostMapping("/dossiers")
    String receive(@Valid @ModelAttribute("receiptForm") ReceiptForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        dossiers.requireReceiving(form.procedureId());
        if (result.hasErrors()) {
            Forms.reject(result, dossiers.check(form));
            return receiptForm(model);
        }
        long id;
        try {
            id = dossiers.receive(form);
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return receiptForm(model);
        }
        redirect.addFlashAttribute("flash", "dossier.flash.received");
        return "redirect:/dossiers/" + id;
    }

    private String receiptForm(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        var cutOff = settings.nextDayRule(dossiers.today());
        model.addAttribute("nextDayFrom", cutOff.value());
        model.addAttribute("nextDaySource", cutOff.legalSource());
        List<Procedure> receivable = procedures.receivable().stream().filter(p -> dossiers.canAct(p.unitId())).toList();
        model.addAttribute("procedures", Choice.of(receivable, Procedure::id,
                p -> messages.getMessage("dossier.new.procedureOption",
                        new Object[] {p.name(), p.timeLimit(), p.unitName()}, locale)));
        return NEW;
    }

    // ------------------------------------------------------------------ one dossier

    @GetMapping("/dossiers/{id}")
    String page(@PathVariable long id, Model model) {
        return render(dossiers.get(id), model);
    }

    @PostMapping("/dossiers/{id}/actions")
    String act(@PathVariable long id, @Valid @ModelAttribute("actionForm") DossierActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Dossier d = dossiers.get(id);
        dossiers.requireHandler(d);
        requireUntampered(result, "action", "version");
        Dossiers.requireAllowed(d, form.action());
        if (result.hasErrors()) {
            Forms.reject(result, Dossiers.check(form));
            return renderFailed(d, form.action(), model);
        }
        try {
            dossiers.act(id, form);
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return renderFailed(d, form.action(), model);
        }
        redirect.addFlashAttribute("flash", "dossier.flash.done");
        return "redirect:/dossiers/" + id;
    }

    @GetMapping("/dossiers/{id}/slip")
    ResponseEntity<byte[]> receiptSlip(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        Dossier d = dossiers.forHandler(id);
        DocumentFormat f = "docx".equalsIgnoreCase(format) ? DocumentFormat.DOCX : DocumentFormat.PDF;
        return slip.download(d, procedures.get(d.procedureId()).fee(), f);
    }

    @PostMapping("/dossiers/{id}/apology")
    String apologise(@PathVariable long id, @Valid @ModelAttribute("apologyForm") ApologyForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Dossier d = dossiers.get(id);
        dossiers.requireHandler(d);
        requireUntampered(result, "version");
        dossiers.requireApologyDue(d);
        if (result.hasErrors()) {
            Forms.reject(result, dossiers.check(d, form));
            return render(d, model);
        }
        try {
            dossiers.apologise(id, form);
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return render(d, model);
        }
        redirect.addFlashAttribute("flash", "dossier.flash.apologised");
        return "redirect:/dossiers/" + id;
    }

    @GetMapping("/dossiers/{id}/apology-slip")
    ResponseEntity<byte[]> apologySlip(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        Dossier d = dossiers.forHandler(id);
        return apology.download(d, "docx".equalsIgnoreCase(format) ? DocumentFormat.DOCX : DocumentFormat.PDF);
    }

    /**
     * Hidden fields nobody types (the action, the version shown): a value there that does not convert or is
     * missing means a tampered or stale page, answered 400 rather than shown next to a field.
     */
    private static void requireUntampered(BindingResult result, String... hidden) {
        for (String field : hidden) {
            if (result.hasFieldErrors(field)) {
                throw InvalidRequestException.onField(field, "error.status.4xx");
            }
        }
    }

    /** The page again with the form of the action that failed showing its errors and what was typed. */
    private String renderFailed(Dossier d, DossierAction failed, Model model) {
        model.addAttribute("failedAction", failed);
        return render(d, model);
    }

    /**
     * The dossier with its action forms: each action's form is empty ({@code blankActionForm}) but the one
     * that came back with errors ({@code actionForm}, see {@link #renderFailed}); the apology form keeps
     * what was typed when it came back.
     */
    private String render(Dossier d, Model model) {
        model.addAttribute("dossier", d);
        model.addAttribute("steps", dossiers.steps(d.id()));
        model.addAttribute("today", dossiers.today());
        boolean canAct = dossiers.canAct(d.unitId());
        boolean showsApplicant = dossiers.showsApplicant(d);
        model.addAttribute("showsApplicant", showsApplicant);
        if (showsApplicant) {
            dossiers.applicantShown(d);
        }
        model.addAttribute("actions", canAct ? d.state().actions() : Set.of());
        model.addAttribute("canApologise", canAct && dossiers.apologyDue(d));
        if (canAct && d.state().actions().contains(DossierAction.TRANSFER)) {
            model.addAttribute("units", picker.field(UnitPicker.Scope.ANY).without(d.unitId()));
        }
        model.addAttribute("blankActionForm", DossierActionForm.blank(d.version()));
        if (!model.containsAttribute("apologyForm")) {
            model.addAttribute("apologyForm", ApologyForm.blank(d.version()));
        }
        return PAGE;
    }
}
