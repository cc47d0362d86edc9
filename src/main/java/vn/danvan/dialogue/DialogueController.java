package vn.danvan.dialogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    static final String ATTENDEES = "dialogue/attendees";

    private final Conferences conferences;
    private final Commitments commitments;
    private final Questions questions;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final MinutesDocument minutes;
    private final Attendees attendees;

    DialogueController(Conferences conferences, Commitments commitments, Questions questions,
            OrganisationScope scope, OrganisationService organisation, MinutesDocument minutes, Attendees attendees) {
        this.minutes = minutes;
        this.attendees = attendees;
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
        // the unit's head chairs most conferences: chosen in advance, the officer may change it
        Long head = organisation.unit(scope.requireUser().unitId()).map(vn.danvan.organisation.UnitView::headPersonId)
                .orElse(null);
        ConferenceForm empty = ConferenceForm.empty();
        model.addAttribute("form", new ConferenceForm(empty.kind(), head, empty.chairName(), empty.startsDate(),
                empty.startsTime(), empty.place(), empty.topic(), empty.audience()));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("kinds", ConferenceKind.values());
        model.addAttribute("chairs", conferences.chairCandidates(scope.requireUser().unitId()));
        return FORM;
    }

    @PostMapping("/dialogue")
    String schedule(@ModelAttribute("form") ConferenceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireRecorder();
        Conferences.Scheduled scheduled = conferences.schedule(form);
        if (!scheduled.problems().isEmpty()) {
            reject(result, scheduled.problems());
            return form(model);
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
        model.addAttribute("notes", commitments.notes(c.id()));
        model.addAttribute("minutesNumber", minutes.numberOf(c.id()));
        model.addAttribute("hostStaff", conferences.isHostStaff(c.hostUnitId()));
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return CONFERENCE;
    }

    /** The conference page again with the problems next to their fields and what was typed kept. */
    private String renderWithProblems(long id, List<ConferenceRules.Problem> problems, Map<String, String> typed,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("typed", typed);
        return render(conferences.get(id), model);
    }

    @PostMapping("/dialogue/{id}/postpone")
    String postpone(@PathVariable long id, @RequestParam(required = false) String postponeDate,
            @RequestParam(required = false) String postponeTime, @RequestParam(required = false) String postponeReason,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        Conferences.Scheduled moved = conferences.postpone(id, postponeDate, postponeTime, postponeReason, version);
        if (!moved.problems().isEmpty()) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("postponeDate", postponeDate);
            typed.put("postponeTime", postponeTime);
            typed.put("postponeReason", postponeReason);
            return renderWithProblems(id, moved.problems(), typed, model);
        }
        if (moved.shortNotice()) {
            redirect.addFlashAttribute("shortNotice", true);
        }
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String cancelReason,
            @RequestParam long version, Model model) {
        List<ConferenceRules.Problem> problems = conferences.cancel(id, cancelReason, version);
        if (!problems.isEmpty()) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("cancelReason", cancelReason);
            return renderWithProblems(id, problems, typed, model);
        }
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{id}/commitments/{commitmentId}/notes")
    String addNote(@PathVariable long id, @PathVariable long commitmentId, @RequestParam(required = false) String note,
            Model model) {
        List<ConferenceRules.Problem> problems = commitments.addNote(commitmentId, note);
        if (!problems.isEmpty()) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("note-" + commitmentId, note);
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("note-" + commitmentId, problems.get(0).messageKey());
            model.addAttribute("fieldErrors", errors);
            model.addAttribute("typed", typed);
            return render(conferences.get(id), model);
        }
        return "redirect:/dialogue/" + id;
    }

    @GetMapping("/dialogue/{id}/attendees")
    String attendees(@PathVariable long id, Model model) {
        Conference c = conferences.get(id);
        model.addAttribute("conference", c);
        model.addAttribute("attendees", attendees.of(id));
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return ATTENDEES;
    }

    @PostMapping("/dialogue/{id}/attendees")
    String addAttendee(@PathVariable long id, @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String address, Model model) {
        List<ConferenceRules.Problem> problems = attendees.add(id, fullName, address);
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("fullName", fullName);
            typed.put("address", address);
            model.addAttribute("fieldErrors", errors);
            model.addAttribute("typed", typed);
            return attendees(id, model);
        }
        return "redirect:/dialogue/" + id + "/attendees";
    }

    @PostMapping("/dialogue/{id}/attendees/{attendeeId}/remove")
    String removeAttendee(@PathVariable long id, @PathVariable long attendeeId, Model model) {
        List<ConferenceRules.Problem> problems = attendees.remove(id, attendeeId);
        if (!problems.isEmpty()) {
            model.addAttribute("fieldErrors", Map.of("fullName", problems.get(0).messageKey()));
            model.addAttribute("typed", Map.of());
            return attendees(id, model);
        }
        return "redirect:/dialogue/" + id + "/attendees";
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
            model.addAttribute("commitmentDueDate", dueDate);
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
