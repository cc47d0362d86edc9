package vn.danvan.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.documents.DocumentFormat;
import vn.danvan.dossier.Dossiers.ActionForm;
import vn.danvan.dossier.Dossiers.Filter;
import vn.danvan.dossier.Dossiers.ReceiptForm;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.TableExport;

/**
 * Staff screens of the one-stop counter: the dossiers of the units in scope with filters and export, the
 * receipt form, a dossier's page with its history and the actions of its state, and the receipt slip.
 */
@Controller
class DossierController {

    static final String LIST = "dossier/list";
    static final String NEW = "dossier/new";
    static final String PAGE = "dossier/dossier";

    private final Dossiers dossiers;
    private final DossierProcedures procedures;
    private final ReceiptSlip slip;
    private final ApologySlip apology;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final MessageSource messages;

    private final DossierSettings settings;

    DossierController(Dossiers dossiers, DossierProcedures procedures, ReceiptSlip slip, ApologySlip apology,
            OrganisationService organisation, OrganisationScope scope, MessageSource messages,
            DossierSettings settings) {
        this.settings = settings;
        this.apology = apology;
        this.scope = scope;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.slip = slip;
        this.organisation = organisation;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ list

    @GetMapping("/dossiers")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) DossierState state,
            @RequestParam(required = false) Long procedureId, @RequestParam(defaultValue = "false") boolean late,
            Model model) {
        List<Dossier> list = dossiers.list(new Filter(unitId, state, procedureId, late));
        var visible = scope.visibleUnits();
        model.addAttribute("units", organisation.activeUnits().stream().filter(u -> visible.includes(u.id())).toList());
        model.addAttribute("unitId", unitId);
        model.addAttribute("dossiers", list);
        model.addAttribute("truncated", list.size() >= Dossiers.LIMIT);
        model.addAttribute("states", DossierState.values());
        model.addAttribute("procedures", procedures.all());
        model.addAttribute("state", state);
        model.addAttribute("procedureId", procedureId);
        model.addAttribute("late", late);
        model.addAttribute("today", dossiers.today());
        model.addAttribute("mayReceive", dossiers.mayReceive());
        return LIST;
    }

    @GetMapping("/dossiers/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) DossierState state, @RequestParam(required = false) Long procedureId,
            @RequestParam(defaultValue = "false") boolean late, @RequestParam(defaultValue = "xlsx") String format) {
        Locale locale = LocaleContextHolder.getLocale();
        var today = dossiers.today();
        List<List<Object>> rows = new ArrayList<>();
        for (Dossier d : dossiers.list(new Filter(unitId, state, procedureId, late))) {
            rows.add(List.of(d.code(), d.procedureName(), d.unitName(), d.receivedAt(), d.dueDate(),
                    messages.getMessage(d.state().messageKey(), null, locale),
                    d.returnedAt() == null ? "" : d.returnedAt(),
                    messages.getMessage(d.onTime() == null ? (d.lateOn(today) ? "dossier.late" : "dossier.pending")
                            : d.onTime() ? "dossier.onTime" : "dossier.returnedLate", null, locale)));
        }
        return TableExport.of(format, "ho-so-mot-cua", TableExport.header(messages, "dossier.code",
                "dossier.procedure", "dossier.unit", "dossier.receivedAt", "dossier.dueDate", "dossier.state",
                "dossier.returnedAt", "dossier.timeliness"), rows);
    }

    // ------------------------------------------------------------------ receipt

    @GetMapping("/dossiers/new")
    String newDossier(Model model) {
        if (!dossiers.mayReceive()) {
            throw new org.springframework.security.access.AccessDeniedException("only officers receive dossiers");
        }
        return receiptForm(new ReceiptForm(null, null, null, null), null, model);
    }

    @PostMapping("/dossiers")
    String receive(ReceiptForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long id;
        try {
            id = dossiers.receive(form);
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return receiptForm(form, e, model);
        }
        redirect.addFlashAttribute("flash", "dossier.flash.received");
        return "redirect:/dossiers/" + id;
    }

    private String receiptForm(ReceiptForm form, InvalidRequestException error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("nextDayFrom", settings.nextDayFrom().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
        model.addAttribute("nextDaySource", DossierSettings.LEGAL_SOURCE);
        model.addAttribute("error", error);
        model.addAttribute("procedures", procedures.receivable().stream().filter(p -> dossiers.canAct(p.unitId()))
                .toList());
        return NEW;
    }

    // ------------------------------------------------------------------ one dossier

    @GetMapping("/dossiers/{id}")
    String page(@PathVariable long id, Model model) {
        return render(dossiers.get(id), model);
    }

    @PostMapping("/dossiers/{id}/actions")
    String act(@PathVariable long id, ActionForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Dossier d = dossiers.get(id);
        try {
            dossiers.act(id, form);
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e);
            model.addAttribute("typed", form);
            return render(d, model);
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
    String apologise(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String newDate, @RequestParam(required = false) String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Dossier d = dossiers.get(id);
        try {
            dossiers.apologise(id, version, newDate, reason);
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("apologyError", e);
            model.addAttribute("typedNewDate", newDate);
            model.addAttribute("typedReason", reason);
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
        model.addAttribute("actions", canAct ? d.state().actions() : java.util.Set.of());
        model.addAttribute("canApologise", canAct && dossiers.apologyDue(d));
        if (canAct && d.state().actions().contains(DossierAction.TRANSFER)) {
            model.addAttribute("units", organisation.activeUnits().stream().filter(u -> u.id() != d.unitId()).toList());
        }
        return PAGE;
    }
}
