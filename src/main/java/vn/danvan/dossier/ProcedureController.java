package vn.danvan.dossier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.dossier.DossierProcedures.ProcedureForm;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.InvalidRequestException;

/** The procedure catalogue: read by every signed-in account, kept by Home Affairs and administrators. */
@Controller
class ProcedureController {

    static final String LIST = "dossier/procedures";
    static final String FORM = "dossier/procedure-form";

    private final DossierProcedures procedures;
    private final OrganisationService organisation;

    ProcedureController(DossierProcedures procedures, OrganisationService organisation) {
        this.procedures = procedures;
        this.organisation = organisation;
    }

    @GetMapping("/dossiers/procedures")
    String list(Model model) {
        model.addAttribute("procedures", procedures.all());
        model.addAttribute("canEdit", procedures.canEdit());
        return LIST;
    }

    @GetMapping("/dossiers/procedures/new")
    String create(Model model) {
        requireEdit();
        return form(null, new ProcedureForm(null, null, null, null, "0", null, true, null), null, model);
    }

    @GetMapping("/dossiers/procedures/{id}")
    String edit(@PathVariable long id, Model model) {
        requireEdit();
        Procedure p = procedures.get(id);
        return form(id, new ProcedureForm(p.code(), p.name(), p.field(), Integer.toString(p.timeLimit()),
                Long.toString(p.fee()), p.unitId(), p.active(), p.version()), null, model);
    }

    @PostMapping("/dossiers/procedures")
    String add(ProcedureForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            procedures.add(form);
        } catch (InvalidRequestException e) {
            return refused(null, form, e, model, response);
        }
        redirect.addFlashAttribute("flash", "dossier.flash.procedureSaved");
        return "redirect:/dossiers/procedures";
    }

    @PostMapping("/dossiers/procedures/{id}")
    String update(@PathVariable long id, ProcedureForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            procedures.update(id, form);
        } catch (InvalidRequestException e) {
            return refused(id, form, e, model, response);
        }
        redirect.addFlashAttribute("flash", "dossier.flash.procedureSaved");
        return "redirect:/dossiers/procedures";
    }

    private String refused(Long id, ProcedureForm form, InvalidRequestException e, Model model,
            HttpServletResponse response) {
        if (e.field() == null) {
            throw e;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(id, form, e, model);
    }

    private String form(Long id, ProcedureForm form, InvalidRequestException error, Model model) {
        model.addAttribute("procedureId", id);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("units", organisation.activeUnits());
        return FORM;
    }

    private void requireEdit() {
        if (!procedures.canEdit()) {
            throw new AccessDeniedException("may not edit the procedure catalogue");
        }
    }
}
