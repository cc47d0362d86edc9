package vn.danvan.organisation.localgovernment;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.units.UnitPage;
import vn.danvan.organisation.units.UnitRepository;

/**
 * The administrator's page of the local government DanVan serves: the committee, the office that
 * consolidates reports, the Front, the party committee, the locality, the directive cited and the
 * recipients of the consolidated report. Documents and screens print these, never a fixed level.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class LocalGovernmentController {

    static final String PATH = "/admin/local-government";
    static final String VIEW = "organisation/localGovernment";

    private final UnitPicker picker;
    private final LocalGovernments localGovernments;
    private final UnitRepository units;

    LocalGovernmentController(UnitPicker picker, LocalGovernments localGovernments, UnitRepository units) {
        this.picker = picker;
        this.localGovernments = localGovernments;
        this.units = units;
    }

    @GetMapping(PATH)
    String initUpdateForm(Model model) {
        LocalGovernment current = localGovernments.current()
                .orElseThrow(() -> new NotFoundException("localGovernment", 1));
        model.addAttribute("localGovernmentForm", LocalGovernmentForm.of(current));
        return form(model, current);
    }

    @PostMapping(PATH)
    String processUpdateForm(@Valid @ModelAttribute("localGovernmentForm") LocalGovernmentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        LocalGovernment current = localGovernments.current().orElse(null);
        if (result.hasErrors()) {
            return form(model, current);
        }
        try {
            localGovernments.save(form.toStored(), form.version() == null ? 0 : form.version());
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model, current);
        }
        redirect.addFlashAttribute("flash", "localGovernment.saved");
        return "redirect:" + PATH;
    }

    private String form(Model model, LocalGovernment current) {
        model.addAttribute("current", current);
        var active = units.tree().stream().filter(u -> !u.retired()).toList();
        model.addAttribute("committeeChoices", picker.field(active.stream()
                .filter(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE || u.kind() == UnitKind.COMMUNE_COMMITTEE)
                .toList(), UnitPage::indented, UnitPicker.Scope.ANY, UnitKind.PEOPLES_COMMITTEE,
                UnitKind.COMMUNE_COMMITTEE));
        model.addAttribute("unitChoices", picker.field(active, UnitPage::indented, UnitPicker.Scope.ANY));
        model.addAttribute("frontChoices", picker.field(active.stream()
                .filter(u -> u.kind() == UnitKind.FATHERLAND_FRONT).toList(), UnitPage::indented, UnitPicker.Scope.ANY,
                UnitKind.FATHERLAND_FRONT));
        return VIEW;
    }
}
