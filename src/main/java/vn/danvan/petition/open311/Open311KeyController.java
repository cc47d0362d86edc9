package vn.danvan.petition.open311;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;


/**
 * The administrator's list of Open311 API keys: create one for a client application, whose secret
 * is shown once in the answer to its creation and kept nowhere else, and revoke it.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class Open311KeyController {

    static final String VIEW = "petition/open311Keys";

    private final Open311Keys keys;

    Open311KeyController(Open311Keys keys) {
        this.keys = keys;
    }

    @GetMapping("/admin/open311")
    String initCreateForm(Model model) {
        model.addAttribute("form", Open311KeyForm.empty());
        return list(model);
    }

    @PostMapping("/admin/open311")
    String processCreateForm(@Valid @ModelAttribute("form") Open311KeyForm form, BindingResult result,
            Principal principal, Model model) {
        if (result.hasErrors()) {
            return list(model);
        }
        model.addAttribute("secret", keys.create(form.cleanName(), principal.getName()));
        model.addAttribute("createdName", form.cleanName());
        model.addAttribute("flash", "open311.key.created");
        model.addAttribute("form", Open311KeyForm.empty());
        return list(model);
    }

    @PostMapping("/admin/open311/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        keys.revoke(id);
        redirect.addFlashAttribute("flash", "open311.key.revoked");
        return "redirect:/admin/open311";
    }

    private String list(Model model) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("endpoint",
                ServletUriComponentsBuilder.fromCurrentContextPath().path(Open311Controller.BASE).toUriString());
        return VIEW;
    }
}
