package vn.danvan.dialogue;

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

/** The staff screens: the list of conferences in scope, scheduling, one conference, recording it as held. */
@Controller
class DialogueController {

    static final String LIST = "dialogue/list";
    static final String FORM = "dialogue/form";
    static final String CONFERENCE = "dialogue/conference";

    private final Conferences conferences;
    private final OrganisationScope scope;

    DialogueController(Conferences conferences, OrganisationScope scope) {
        this.conferences = conferences;
        this.scope = scope;
    }

    @GetMapping("/dialogue")
    String list(Model model) {
        model.addAttribute("conferences", conferences.visible());
        model.addAttribute("canSchedule", conferences.canRecord(scope.requireUser().unitId()));
        return LIST;
    }

    @GetMapping("/dialogue/new")
    String newForm(Model model) {
        requireRecorder();
        model.addAttribute("form", ConferenceForm.empty());
        model.addAttribute("kinds", ConferenceKind.values());
        return FORM;
    }

    @PostMapping("/dialogue")
    String schedule(@ModelAttribute("form") ConferenceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireRecorder();
        Conferences.Scheduled scheduled = conferences.schedule(form);
        if (!scheduled.problems().isEmpty()) {
            reject(result, scheduled.problems());
            model.addAttribute("kinds", ConferenceKind.values());
            return FORM;
        }
        if (scheduled.shortNotice()) {
            redirect.addFlashAttribute("shortNotice", true);
        }
        return "redirect:/dialogue/" + scheduled.id();
    }

    @GetMapping("/dialogue/{id}")
    String conference(@PathVariable long id, Model model) {
        Conference c = conferences.get(id);
        model.addAttribute("conference", c);
        model.addAttribute("canRecord", conferences.canRecord(c.hostUnitId()));
        return CONFERENCE;
    }

    @PostMapping("/dialogue/{id}/hold")
    String hold(@PathVariable long id, @RequestParam(required = false) String attendance, @RequestParam long version,
            Model model) {
        Integer count;
        try {
            count = attendance == null || attendance.isBlank() ? null : Integer.valueOf(attendance.trim());
        } catch (NumberFormatException e) {
            count = Integer.MIN_VALUE;
        }
        List<ConferenceRules.Problem> problems = conferences.hold(id, count, version);
        if (!problems.isEmpty()) {
            Conference c = conferences.get(id);
            model.addAttribute("conference", c);
            model.addAttribute("canRecord", true);
            model.addAttribute("holdError", problems.get(0).messageKey());
            model.addAttribute("attendance", attendance);
            return CONFERENCE;
        }
        return "redirect:/dialogue/" + id;
    }

    private void requireRecorder() {
        if (!conferences.canRecord(scope.requireUser().unitId())) {
            throw new org.springframework.security.access.AccessDeniedException("not a dialogue recorder");
        }
    }

    private static void reject(BindingResult result, List<ConferenceRules.Problem> problems) {
        for (ConferenceRules.Problem p : problems) {
            result.rejectValue(p.field(), p.messageKey(), p.messageKey());
        }
    }
}
