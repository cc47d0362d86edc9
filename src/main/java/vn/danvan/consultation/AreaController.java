package vn.danvan.consultation;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * The residential areas of a commune: its officers and head keep their own; the administrator any commune's.
 * An area in an address is {@code {areaId}} (a page's {@code id} would become its fields' ids).
 */
@Controller
class AreaController {

    static final String LIST = "consultation/areas";
    static final String FORM = "consultation/area-form";

    private final UnitPicker picker;
    private final ResidentialAreas areas;
    private final OrganisationScope scope;
    private final OrganisationService organisation;

    AreaController(UnitPicker picker, ResidentialAreas areas, OrganisationScope scope, OrganisationService organisation) {
        this.picker = picker;
        this.areas = areas;
        this.scope = scope;
        this.organisation = organisation;
    }

    /** The commune chooser of the list, as shown. */
    record Filter(Long unitId) {
    }

    @GetMapping("/consultations/areas")
    String list(@RequestParam(required = false) Long unitId, Model model) {
        List<UnitView> communes = organisation.activeUnits().stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE && areas.canManage(u.id())).toList();
        long unit = unitId != null ? unitId : communes.stream().map(UnitView::id)
                .filter(id -> id == scope.requireUser().unitId()).findFirst()
                .orElse(communes.isEmpty() ? scope.requireUser().unitId() : communes.get(0).id());
        areas.requireManager(unit);
        model.addAttribute("communes", picker.field(communes, UnitView::name, UnitPicker.Scope.VISIBLE,
                UnitKind.COMMUNE_COMMITTEE));
        model.addAttribute("filter", new Filter(unit));
        model.addAttribute("unit", organisation.unit(unit).orElseThrow());
        model.addAttribute("areas", areas.of(unit));
        return LIST;
    }

    @GetMapping("/consultations/areas/new")
    String initCreateForm(@RequestParam long unitId, Model model) {
        areas.requireManager(unitId);
        model.addAttribute("areaForm", AreaForm.of(unitId));
        return form(model, unitId, null);
    }

    @PostMapping("/consultations/areas")
    String processCreateForm(@Valid @ModelAttribute("areaForm") AreaForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        // the commune comes with the form's address: without it (or tampered) there is no form to show again
        if (form.unitId() == null) {
            throw InvalidRequestException.onField("unitId", "error.parameter.invalid", "unitId");
        }
        long unitId = form.unitId();
        areas.requireManager(unitId);
        if (result.hasErrors()) {
            return form(model, unitId, null);
        }
        List<Problem> problems = areas.add(unitId, form);
        if (!problems.isEmpty()) {
            Forms.reject(result, problems);
            return form(model, unitId, null);
        }
        redirect.addFlashAttribute("flash", "consultation.area.flash.saved");
        return "redirect:/consultations/areas?unitId=" + unitId;
    }

    @GetMapping("/consultations/areas/{areaId}/edit")
    String initEditForm(@PathVariable long areaId, Model model) {
        ResidentialArea area = areas.get(areaId);
        areas.requireManager(area.unitId());
        model.addAttribute("areaForm", new AreaForm(area.name(), area.households(), area.unitId(), area.version()));
        return form(model, area.unitId(), area);
    }

    @PostMapping("/consultations/areas/{areaId}")
    String processEditForm(@PathVariable long areaId, @Valid @ModelAttribute("areaForm") AreaForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ResidentialArea area = areas.get(areaId);
        areas.requireManager(area.unitId());
        if (result.hasErrors()) {
            return form(model, area.unitId(), area);
        }
        List<Problem> problems = areas.update(areaId, form);
        if (!problems.isEmpty()) {
            Forms.reject(result, problems);
            return form(model, area.unitId(), area);
        }
        redirect.addFlashAttribute("flash", "consultation.area.flash.saved");
        return "redirect:/consultations/areas?unitId=" + area.unitId();
    }

    private String form(Model model, long unitId, ResidentialArea area) {
        model.addAttribute("unit", organisation.unit(unitId).orElseThrow());
        model.addAttribute("area", area);
        return FORM;
    }
}
