package vn.danvan.organisation.units;

import java.util.Set;

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
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;

/** Administrators create, edit, move, retire and reactivate units. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

    static final String FORM = "organisation/unitForm";

    private final UnitPicker picker;
    private final UnitAdministration administration;
    private final UnitRepository units;
    private final UnitPage page;

    UnitAdminController(UnitPicker picker, UnitAdministration administration, UnitRepository units, UnitPage page) {
        this.picker = picker;
        this.administration = administration;
        this.units = units;
        this.page = page;
    }

    @GetMapping("/admin/units/new")
    String initCreateForm(@RequestParam(required = false) Long parentId, Model model) {
        model.addAttribute("unitForm", UnitForm.empty(parentId));
        return form(model, null);
    }

    @PostMapping("/admin/units")
    String processCreateForm(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
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
        model.addAttribute("unitForm", UnitForm.of(require(id)));
        return form(model, id);
    }

    @PostMapping("/admin/units/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        require(id);
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            administration.update(id, version(form.version()), form.data());
            redirect.addFlashAttribute("flash", "unit.updated");
            return "redirect:/units/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model, id);
        }
    }

    /** Retires the unit; a missing reason or a broken rule shows the unit's page again with the message. */
    @PostMapping("/admin/units/{id}/retire")
    String retire(@PathVariable long id, @Valid @ModelAttribute("retireForm") RetireForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        UnitView unit = require(id);
        if (!result.hasErrors()) {
            try {
                administration.retire(id, version(form.version()), VietnameseText.clean(form.reason()));
                redirect.addFlashAttribute("flash", "unit.retired");
                return "redirect:/units/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return page.show(unit, model);
    }

    @PostMapping("/admin/units/{id}/reactivate")
    String reactivate(@PathVariable long id, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        Forms.requireValid(result);
        require(id);
        administration.reactivate(id, form.version());
        redirect.addFlashAttribute("flash", "unit.reactivated");
        return "redirect:/units/" + id;
    }

    private UnitView require(long id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** The version the page showed; none (a tampered page) is answered as a stale edit. */
    private static long version(Long version) {
        return version == null ? -1 : version;
    }

    private String form(Model model, Long id) {
        model.addAttribute("unitId", id);
        model.addAttribute("kindChoices", Choice.ofEnum(UnitKind::messageKey, UnitKind.values()));
        Set<Long> excluded = id == null ? Set.of() : units.subtree(id);
        model.addAttribute("parentChoices", picker.field(units.tree().stream()
                .filter(u -> !u.retired() && !excluded.contains(u.id())).toList(), UnitPage::indented,
                UnitPicker.Scope.ANY));
        return FORM;
    }
}
