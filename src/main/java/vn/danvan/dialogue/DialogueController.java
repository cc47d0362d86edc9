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
import vn.danvan.organisation.OrganisationService;

/** The staff screens: the list of conferences in scope, scheduling, one conference, recording it as held. */
@Controller
class DialogueController {

    static final String LIST = "dialogue/list";
    static final String FORM = "dialogue/form";
    static final String CONFERENCE = "dialogue/conference";

    private final Conferences conferences;
    private final Commitments commitments;
    private final Questions questions;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final MinutesDocument minutes;

    DialogueController(Conferences conferences, Commitments commitments, Questions questions,
            OrganisationScope scope, OrganisationService organisation, MinutesDocument minutes) {
        this.minutes = minutes;
        this.conferences = conferences;
        this.questions = questions;
        this.commitments = commitments;
        this.scope = scope;
        this.organisation = organisation;
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
        return render(conferences.get(id), model);
    }

    private String render(Conference c, Model model) {
        model.addAttribute("conference", c);
        model.addAttribute("canRecord", conferences.canRecord(c.hostUnitId()));
        model.addAttribute("commitments", commitments.of(c.id()));
        model.addAttribute("questions", questions.of(c.id()));
        model.addAttribute("agenda", c.status().upcoming() ? commitments.overdueOfHost(c.hostUnitId()) : List.of());
        model.addAttribute("units", organisation.activeUnits());
        return CONFERENCE;
    }

    @GetMapping("/dialogue/{id}/minutes.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable String format) {
        Conference c = conferences.get(id);
        if (c.status() != ConferenceStatus.HELD) {
            throw new vn.danvan.shared.web.NotFoundException("held dialogue conference", id);
        }
        return download(minutes, c, format);
    }

    static org.springframework.http.ResponseEntity<byte[]> download(MinutesDocument minutes, Conference c,
            String format) {
        vn.danvan.documents.DocumentFormat f = "pdf".equals(format) ? vn.danvan.documents.DocumentFormat.PDF
                : vn.danvan.documents.DocumentFormat.DOCX;
        return vn.danvan.shared.web.TableExport.download(minutes.render(c, f),
                "bien-ban-doi-thoai-" + c.id() + "." + f.extension(), f.mediaType());
    }

    @PostMapping("/dialogue/{id}/questions")
    String addQuestion(@PathVariable long id, @RequestParam(required = false) String askerName,
            @RequestParam(required = false) String askerAddress, @RequestParam(required = false) String question,
            @RequestParam(required = false) String answer, @RequestParam(defaultValue = "false") boolean toPetition,
            Model model) {
        List<ConferenceRules.Problem> problems = questions.add(id, askerName, askerAddress, question, answer,
                toPetition);
        if (!problems.isEmpty()) {
            model.addAttribute("questionErrors", problems.stream().map(ConferenceRules.Problem::messageKey).toList());
            return render(conferences.get(id), model);
        }
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{id}/commitments")
    String addCommitment(@PathVariable long id, @RequestParam(required = false) String content,
            @RequestParam(required = false) Long ownerUnitId, @RequestParam(required = false) String dueDate,
            Model model) {
        List<ConferenceRules.Problem> problems = commitments.add(id, content, ownerUnitId, dueDate);
        if (!problems.isEmpty()) {
            model.addAttribute("commitmentErrors", problems.stream().map(ConferenceRules.Problem::messageKey).toList());
            model.addAttribute("commitmentContent", content);
            return render(conferences.get(id), model);
        }
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{id}/commitments/{commitmentId}/close")
    String closeCommitment(@PathVariable long id, @PathVariable long commitmentId,
            @RequestParam CommitmentStatus status, @RequestParam(required = false) String reason, Model model) {
        List<ConferenceRules.Problem> problems = commitments.close(commitmentId, status, reason);
        if (!problems.isEmpty()) {
            model.addAttribute("commitmentErrors", problems.stream().map(ConferenceRules.Problem::messageKey).toList());
            return render(conferences.get(id), model);
        }
        return "redirect:/dialogue/" + id;
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
            model.addAttribute("holdError", problems.get(0).messageKey());
            model.addAttribute("attendance", attendance);
            return render(conferences.get(id), model);
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
