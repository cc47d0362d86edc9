package vn.danvan.consultation;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;

/** The residential areas of a commune: its officers and head keep their own; the administrator any commune's. */
@Controller
class AreaController {

    static final String LIST = "consultation/areas";
    static final String FORM = "consultation/area-form";

    private final ResidentialAreas areas;
    private final OrganisationScope scope;
    private final OrganisationService organisation;

    AreaController(ResidentialAreas areas, OrganisationScope scope, OrganisationService organisation) {
        this.areas = areas;
        this.scope = scope;
        this.organisation = organisation;
    }

    @GetMapping("/consultations/areas")
    String list(@RequestParam(required = false) Long unitId, Model model) {
        List<UnitView> communes = organisation.activeUnits().stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE && areas.canManage(u.id())).toList();
        long unit = unitId != null ? unitId : communes.stream().map(UnitView::id)
                .filter(id -> id == scope.requireUser().unitId()).findFirst()
                .orElse(communes.isEmpty() ? scope.requireUser().unitId() : communes.get(0).id());
        areas.requireManager(unit);
        model.addAttribute("communes", communes);
        model.addAttribute("unit", organisation.unit(unit).orElseThrow());
        model.addAttribute("areas", areas.of(unit));
        return LIST;
    }

    @GetMapping("/consultations/areas/new")
    String initCreateForm(@RequestParam long unitId, Model model) {
        areas.requireManager(unitId);
        model.addAttribute("form", AreaForm.empty());
        return form(model, unitId, null);
    }

    @PostMapping("/consultations/areas")
    String processCreateForm(@RequestParam long unitId, @ModelAttribute("form") AreaForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        List<Problem> problems = areas.add(unitId, form);
        if (!problems.isEmpty()) {
            ConsultationController.reject(result, problems);
            return form(model, unitId, null);
        }
        redirect.addFlashAttribute("flash", "consultation.area.flash.saved");
        return "redirect:/consultations/areas?unitId=" + unitId;
    }

    @GetMapping("/consultations/areas/{id}/edit")
    String initEditForm(@PathVariable long id, Model model) {
        ResidentialArea area = areas.get(id);
        areas.requireManager(area.unitId());
        model.addAttribute("form", new AreaForm(area.name(), Integer.toString(area.households()), area.version()));
        return form(model, area.unitId(), area);
    }

    @PostMapping("/consultations/areas/{id}")
    String processEditForm(@PathVariable long id, @ModelAttribute("form") AreaForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        ResidentialArea area = areas.get(id);
        List<Problem> problems = areas.update(id, form);
        if (!problems.isEmpty()) {
            ConsultationController.reject(result, problems);
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
