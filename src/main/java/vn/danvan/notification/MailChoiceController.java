package vn.danvan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.Choice;

/** The signed-in person's own choice of e-mail for notices, on their account pages. */
@Controller
class MailChoiceController {

    static final String PATH = "/account/notices";
    static final String FORM = "notification/mail-choice";

    private final MailChoices choices;
    private final OrganisationScope scope;
    private final Clock clock;

    MailChoiceController(MailChoices choices, OrganisationScope scope, Clock clock) {
        this.choices = choices;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String initMailChoiceForm(Model model) {
        model.addAttribute("mailChoiceForm", new MailChoiceForm(choices.of(scope.requireUser().accountId())));
        return form(model);
    }

    @PostMapping(PATH)
    String processMailChoiceForm(@Valid @ModelAttribute("mailChoiceForm") MailChoiceForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long account = scope.requireUser().accountId();
        if (result.hasErrors()) {
            return form(model);
        }
        choices.save(account, form.choice(), OffsetDateTime.now(clock));
        redirect.addFlashAttribute("flash", "notification.mailChoice.saved");
        return "redirect:" + PATH;
    }

    private String form(Model model) {
        model.addAttribute("mailChoices", Choice.ofEnum(MailChoice::messageKey, MailChoice.values()));
        return FORM;
    }
}
