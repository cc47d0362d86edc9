package vn.danvan.dialogue;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.PersonView;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.Problem;

/**
 * The staff screens: the list of conferences in scope, scheduling, one conference with its action forms
 * (hold, postpone, cancel, questions, commitments and their notes), the attendee list. Each form is a
 * record of its own; a form refused comes back with what was typed and its messages, a refusal of the
 * whole conference (a stale page, a state that no longer allows it) at the top of the page.
 *
 * <p>The conference in an address is {@code {conferenceId}}, not {@code {id}}: a page's path variables reach
 * its template, where an {@code id} would become the id of every field drawn by {@code fragments/forms}.
 */
@Controller
class DialogueController {

    static final String LIST = "dialogue/list";
    static final String FORM = "dialogue/form";
    static final String CONFERENCE = "dialogue/conference";
    static final String ATTENDEES = "dialogue/attendees";

    private final UnitPicker picker;
    private final Conferences conferences;
    private final Commitments commitments;
    private final Questions questions;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final MinutesDocument minutes;
    private final Attendees attendees;
    private final MessageSource messages;

    DialogueController(UnitPicker picker, Conferences conferences, Commitments commitments, Questions questions,
            OrganisationScope scope, OrganisationService organisation, MinutesDocument minutes, Attendees attendees,
            MessageSource messages) {
        this.picker = picker;
        this.minutes = minutes;
        this.attendees = attendees;
        this.conferences = conferences;
        this.questions = questions;
        this.commitments = commitments;
        this.scope = scope;
        this.organisation = organisation;
        this.messages = messages;
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
        Long head = organisation.unit(scope.requireUser().unitId()).map(UnitView::headPersonId).orElse(null);
        model.addAttribute("form", ConferenceForm.chairedBy(head));
        return form(model);
    }

    private String form(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<PersonView> chairs = conferences.chairCandidates(scope.requireUser().unitId());
        model.addAttribute("kinds", Choice.ofEnum(ConferenceKind::messageKey, ConferenceKind.values()));
        model.addAttribute("chairs", chairs.stream().map(p -> Choice.of(p.id(), messages.getMessage(
                "dialogue.chair.option", new Object[] {p.fullName(), p.title(), p.unitName()}, locale))).toList());
        return FORM;
    }

    @PostMapping("/dialogue")
    String schedule(@Valid @ModelAttribute("form") ConferenceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireRecorder();
        if (result.hasErrors()) {
            // the rules too (a start in the past, a chair not in the list), so that every message shows at once
            Forms.reject(result, conferences.check(form));
            return form(model);
        }
        Conferences.Scheduled scheduled = conferences.schedule(form);
        if (!scheduled.problems().isEmpty()) {
            Forms.reject(result, scheduled.problems());
            return form(model);
        }
        if (scheduled.shortNotice()) {
            redirect.addFlashAttribute("shortNotice", true);
        }
        redirect.addFlashAttribute("flash", "dialogue.done.scheduled");
        return "redirect:/dialogue/" + scheduled.id();
    }

    @GetMapping("/dialogue/{conferenceId}")
    String conference(@PathVariable("conferenceId") long id, Model model) {
        return render(conferences.get(id), model);
    }

    /**
     * The conference with who asked each question, for its host unit's staff who ask to see it (each view
     * audited, like a petitioner's contact); with htmx only the questions' table.
     */
    @GetMapping("/dialogue/{conferenceId}/askers")
    String askers(@PathVariable("conferenceId") long id,
            @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Conference c = conferences.get(id);
        model.addAttribute("askers", questions.askers(c));
        String page = render(c, model);
        return htmx != null ? page + " :: questions" : page;
    }

    /** The conference with its action forms; a form that came back with errors keeps what was typed. */
    private String render(Conference c, Model model) {
        model.addAttribute("conference", c);
        model.addAttribute("canRecord", conferences.canRecord(c.hostUnitId()));
        model.addAttribute("commitments", commitments.of(c.id()));
        model.addAttribute("questions", questions.of(c.id()));
        model.addAttribute("agenda", c.status().upcoming() ? commitments.overdueOfHost(c.hostUnitId()) : List.of());
        model.addAttribute("owners", picker.field(UnitPicker.Scope.ANY));
        model.addAttribute("notes", commitments.notes(c.id()));
        model.addAttribute("minutesNumber", minutes.numberOf(c.id()));
        model.addAttribute("hostStaff", conferences.isHostStaff(c.hostUnitId()));
        addUnlessPresent(model, "holdForm", new HoldForm(null, c.version()));
        addUnlessPresent(model, "postponeForm", new PostponeForm(null, null, null, c.version()));
        addUnlessPresent(model, "cancelForm", new CancelForm(null, c.version()));
        addUnlessPresent(model, "questionForm", QuestionForm.empty());
        addUnlessPresent(model, "commitmentForm", new CommitmentForm(null, c.hostUnitId(), null));
        // one note form and one closing form a commitment: the one sent back (noteFor, closeFor) keeps
        // what was typed, the others are blank
        model.addAttribute("blankNoteForm", new NoteForm(null));
        model.addAttribute("blankCloseForm", new CloseCommitmentForm(null, null));
        return CONFERENCE;
    }

    private static void addUnlessPresent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /**
     * The conference page again: problems of a field next to it in the form sent, problems of the whole
     * conference (a stale page, a state that no longer allows the change) at the top, where they show even
     * when the form is no longer offered.
     */
    private String refused(Conference c, BindingResult result, List<Problem> problems, Model model) {
        Forms.rejectOnPage(result, problems, model);
        return render(c, model);
    }

    @PostMapping("/dialogue/{conferenceId}/hold")
    String hold(@PathVariable("conferenceId") long id, @Valid @ModelAttribute("holdForm") HoldForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Conference c = conferences.requireRecordable(id);
        if (result.hasErrors()) {
            return render(c, model);
        }
        List<Problem> problems = conferences.hold(id, form);
        if (!problems.isEmpty()) {
            return refused(c, result, problems, model);
        }
        redirect.addFlashAttribute("flash", "dialogue.done.held");
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{conferenceId}/postpone")
    String postpone(@PathVariable("conferenceId") long id, @Valid @ModelAttribute("postponeForm") PostponeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Conference c = conferences.requireRecordable(id);
        if (result.hasErrors()) {
            Forms.reject(result, conferences.checkPostpone(form));
            return render(c, model);
        }
        Conferences.Scheduled moved = conferences.postpone(id, form);
        if (!moved.problems().isEmpty()) {
            return refused(c, result, moved.problems(), model);
        }
        if (moved.shortNotice()) {
            redirect.addFlashAttribute("shortNotice", true);
        }
        redirect.addFlashAttribute("flash", "dialogue.done.postponed");
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{conferenceId}/cancel")
    String cancel(@PathVariable("conferenceId") long id, @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Conference c = conferences.requireRecordable(id);
        if (result.hasErrors()) {
            return render(c, model);
        }
        List<Problem> problems = conferences.cancel(id, form);
        if (!problems.isEmpty()) {
            return refused(c, result, problems, model);
        }
        redirect.addFlashAttribute("flash", "dialogue.done.cancelled");
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{conferenceId}/questions")
    String addQuestion(@PathVariable("conferenceId") long id, @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Conference c = conferences.requireRecordable(id);
        if (result.hasErrors()) {
            return refused(c, result, questions.check(c, form), model);
        }
        List<Problem> problems = questions.add(id, form);
        if (!problems.isEmpty()) {
            return refused(c, result, problems, model);
        }
        redirect.addFlashAttribute("flash", "dialogue.done.questionAdded");
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{conferenceId}/commitments")
    String addCommitment(@PathVariable("conferenceId") long id,
            @Valid @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Conference c = conferences.requireRecordable(id);
        if (result.hasErrors()) {
            return refused(c, result, commitments.check(c, form), model);
        }
        List<Problem> problems = commitments.add(id, form);
        if (!problems.isEmpty()) {
            return refused(c, result, problems, model);
        }
        redirect.addFlashAttribute("flash", "dialogue.done.commitmentAdded");
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{conferenceId}/commitments/{commitmentId}/close")
    String closeCommitment(@PathVariable("conferenceId") long id, @PathVariable long commitmentId,
            @Valid @ModelAttribute("closeForm") CloseCommitmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Conference c = commitments.requireRecordable(id, commitmentId);
        if (result.hasErrors()) {
            model.addAttribute("closeFor", commitmentId);
            return render(c, model);
        }
        List<Problem> problems = commitments.close(id, commitmentId, form);
        if (!problems.isEmpty()) {
            model.addAttribute("closeFor", commitmentId);
            return refused(c, result, problems, model);
        }
        redirect.addFlashAttribute("flash", "dialogue.done.commitmentClosed");
        return "redirect:/dialogue/" + id;
    }

    @PostMapping("/dialogue/{conferenceId}/commitments/{commitmentId}/notes")
    String addNote(@PathVariable("conferenceId") long id, @PathVariable long commitmentId,
            @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Conference c = commitments.requireRecordable(id, commitmentId);
        if (result.hasErrors()) {
            model.addAttribute("noteFor", commitmentId);
            return render(c, model);
        }
        commitments.addNote(id, commitmentId, form);
        redirect.addFlashAttribute("flash", "dialogue.done.noteAdded");
        return "redirect:/dialogue/" + id;
    }

    @GetMapping("/dialogue/{conferenceId}/attendees")
    String attendees(@PathVariable("conferenceId") long id, Model model) {
        return renderAttendees(attendees.requireHostStaff(id), model);
    }

    private String renderAttendees(Conference c, Model model) {
        model.addAttribute("conference", c);
        model.addAttribute("attendees", attendees.of(c.id()));
        addUnlessPresent(model, "attendeeForm", new AttendeeForm(null, null));
        return ATTENDEES;
    }

    @PostMapping("/dialogue/{conferenceId}/attendees")
    String addAttendee(@PathVariable("conferenceId") long id, @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Conference c = attendees.requireHostStaff(id);
        if (result.hasErrors()) {
            Forms.rejectOnPage(result, attendees.check(c), model);
            return renderAttendees(c, model);
        }
        List<Problem> problems = attendees.add(id, form);
        if (!problems.isEmpty()) {
            Forms.rejectOnPage(result, problems, model);
            return renderAttendees(c, model);
        }
        redirect.addFlashAttribute("flash", "dialogue.done.attendeeAdded");
        return "redirect:/dialogue/" + id + "/attendees";
    }

    /** A line removed: nothing is sent but the address (the list has no version to check). */
    @PostMapping("/dialogue/{conferenceId}/attendees/{attendeeId}/remove")
    String removeAttendee(@PathVariable("conferenceId") long id, @PathVariable long attendeeId,
            RedirectAttributes redirect) {
        attendees.remove(id, attendeeId);
        redirect.addFlashAttribute("flash", "dialogue.done.attendeeRemoved");
        return "redirect:/dialogue/" + id + "/attendees";
    }

    @GetMapping("/dialogue/{conferenceId}/minutes.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> minutes(@PathVariable("conferenceId") long id,
            @PathVariable String format) {
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

    private void requireRecorder() {
        if (!conferences.canRecord(scope.requireUser().unitId())) {
            throw new org.springframework.security.access.AccessDeniedException("not a dialogue recorder");
        }
    }
}
