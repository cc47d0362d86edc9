package vn.danvan.dossier;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.UnitPicker;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/** The procedure catalogue: read by every signed-in account, kept by Home Affairs and administrators. */
@Controller
class ProcedureController {

    static final String LIST = "dossier/procedures";
    static final String FORM = "dossier/procedure-form";

    private final UnitPicker picker;
    private final DossierProcedures procedures;

    ProcedureController(UnitPicker picker, DossierProcedures procedures) {
        this.picker = picker;
        this.procedures = procedures;
    }

    @GetMapping("/dossiers/procedures")
    String list(Model model) {
        model.addAttribute("procedures", procedures.all());
        model.addAttribute("canEdit", procedures.canEdit());
        return LIST;
    }

    @GetMapping("/dossiers/procedures/new")
    String create(Model model) {
        procedures.requireEdit();
        model.addAttribute("procedureForm", ProcedureForm.empty());
        return form(null, model);
    }

    @GetMapping("/dossiers/procedures/{id}")
    String edit(@PathVariable long id, Model model) {
        procedures.requireEdit();
        model.addAttribute("procedureForm", ProcedureForm.of(procedures.get(id)));
        return form(id, model);
    }

    @PostMapping("/dossiers/procedures")
    String add(@Valid @ModelAttribute("procedureForm") ProcedureForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        procedures.requireEdit();
        requireUntampered(result);
        if (result.hasErrors()) {
            Forms.reject(result, procedures.check(form, null));
            return form(null, model);
        }
        try {
            procedures.add(form);
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(null, model);
        }
        redirect.addFlashAttribute("flash", "dossier.flash.procedureSaved");
        return "redirect:/dossiers/procedures";
    }

    @PostMapping("/dossiers/procedures/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("procedureForm") ProcedureForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        procedures.requireEdit();
        procedures.get(id);
        requireUntampered(result);
        if (result.hasErrors()) {
            Forms.reject(result, procedures.check(form, id));
            return form(id, model);
        }
        try {
            procedures.update(id, form);
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(id, model);
        }
        redirect.addFlashAttribute("flash", "dossier.flash.procedureSaved");
        return "redirect:/dossiers/procedures";
    }

    /** The version is hidden, nobody types it: a value that does not convert is a tampered page (400). */
    private static void requireUntampered(BindingResult result) {
        if (result.hasFieldErrors("version")) {
            throw InvalidRequestException.onField("version", "error.status.4xx");
        }
    }

    private String form(Long id, Model model) {
        model.addAttribute("procedureId", id);
        model.addAttribute("units", picker.field(UnitPicker.Scope.ANY));
        return FORM;
    }
}
