package vn.danvan.organisation;

import jakarta.validation.Valid;

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

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/** Administrators create, edit, move, retire and reactivate units. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

    static final String FORM = "organisation/unitForm";

    private final UnitAdministration administration;
    private final UnitRepository units;

    UnitAdminController(UnitAdministration administration, UnitRepository units) {
        this.administration = administration;
        this.units = units;
    }

    @GetMapping("/admin/units/new")
    String initCreateForm(@RequestParam(required = false) Long parentId, Model model) {
        model.addAttribute("form", UnitForm.empty(parentId));
        return form(model, null);
    }

    @PostMapping("/admin/units")
    String processCreateForm(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = administration.create(form.data());
            redirect.addFlashAttribute("flash", "unit.created");
            return "redirect:/units/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/admin/units/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("form", UnitForm.of(require(id)));
        return form(model, id);
    }

    @PostMapping("/admin/units/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        require(id);
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            administration.update(id, form.version(), form.data());
            redirect.addFlashAttribute("flash", "unit.updated");
            return "redirect:/units/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model, id);
        }
    }

    @PostMapping("/admin/units/{id}/retire")
    String retire(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        require(id);
        String cleaned = VietnameseText.clean(reason);
        if (cleaned == null || cleaned.isEmpty()) {
            redirect.addFlashAttribute("retireError", "unit.error.reasonRequired");
            return "redirect:/units/" + id;
        }
        try {
            administration.retire(id, version, cleaned);
            redirect.addFlashAttribute("flash", "unit.retired");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("retireError", e.messageKey());
        }
        return "redirect:/units/" + id;
    }

    @PostMapping("/admin/units/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        require(id);
        administration.reactivate(id, version);
        redirect.addFlashAttribute("flash", "unit.reactivated");
        return "redirect:/units/" + id;
    }

    private UnitView require(long id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private String form(Model model, Long id) {
        model.addAttribute("unitId", id);
        model.addAttribute("kinds", UnitKind.values());
        var excluded = id == null ? java.util.Set.<Long>of() : units.subtree(id);
        model.addAttribute("parents", units.tree().stream()
                .filter(u -> !u.retired() && !excluded.contains(u.id())).toList());
        return FORM;
    }
}
