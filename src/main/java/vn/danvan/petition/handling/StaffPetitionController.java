package vn.danvan.petition.handling;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentView;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.StaffMember;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.Role;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.MapSettings;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.jobs.LongWorkService;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.petition.intake.PetitionIntake;
import vn.danvan.petition.intake.Submission;

/** The officers' side: the unit inbox, intake at the counter, and the handling of one petition. */
@Controller
class StaffPetitionController {

    static final String INBOX = "petition/inbox";
    static final String DETAIL = "petition/detail";
    static final String INTAKE = "petition/intake";
    static final String INTAKE_DONE = "petition/intakeDone";

    private final PetitionInbox inbox;
    private final PetitionHandling handling;
    private final PetitionIntake intake;
    private final PetitionRepository petitions;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final MessageSource messages;
    private final AttachmentService attachments;
    private final PetitionLinks links;
    private final PetitionInboxExport exports;
    private final LongWorkService longWork;
    private final UnitPicker picker;
    private final MapSettings map;

    StaffPetitionController(UnitPicker picker, AttachmentService attachments, PetitionInbox inbox, PetitionHandling handling, PetitionIntake intake,
            PetitionRepository petitions, OrganisationService organisation, OrganisationScope scope,
            MessageSource messages, PetitionLinks links, PetitionInboxExport exports, LongWorkService longWork,
            MapSettings map) {
        this.picker = picker;
        this.map = map;
        this.exports = exports;
        this.longWork = longWork;
        this.links = links;
        this.inbox = inbox;
        this.handling = handling;
        this.intake = intake;
        this.petitions = petitions;
        this.organisation = organisation;
        this.scope = scope;
        this.messages = messages;
        this.attachments = attachments;
    }

    @GetMapping("/petitions")
    String inbox(@ModelAttribute("filter") InboxFilter filter, PageQuery page, Model model) {
        model.addAttribute("page", inbox.page(filter, page));
        model.addAttribute("statuses", Choice.ofEnum(PetitionStatus::messageKey, PetitionStatus.values()));
        model.addAttribute("categories", Choice.of(petitions.categories(false), CategoryView::id, CategoryView::name));
        model.addAttribute("units", picker.field(UnitPicker.Scope.VISIBLE));
        return INBOX;
    }

    /**
     * Every petition the filter finds: up to the export threshold the file at once, above it a background
     * job and its progress page.
     */
    @GetMapping("/petitions/export")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") InboxFilter filter,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.export(PetitionInboxExport.params(filter), format, longWork);
    }

    @GetMapping("/petitions/new")
    String initIntakeForm(Model model) {
        requireStaff();
        model.addAttribute("form", Submission.empty(Channel.COUNTER, UUID.randomUUID().toString()));
        return intakeForm(model);
    }

    @PostMapping("/petitions")
    String processIntakeForm(@Valid @ModelAttribute("form") Submission form, BindingResult result, Model model) {
        requireStaff();
        Channel channel = form.channel() == null || form.channel() == Channel.WEB ? Channel.COUNTER : form.channel();
        if (form.unitId() != null && !scope.canSee(form.unitId()) && !scope.requireUser().districtWide()) {
            result.rejectValue("unitId", "petition.error.unitScope");
        }
        if (result.hasErrors()) {
            return intakeForm(model);
        }
        try {
            model.addAttribute("receipt", intake.receiveWithFiles(form, channel, scope.requireUser().username()));
            return INTAKE_DONE;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return intakeForm(model);
        }
    }

    @GetMapping("/petitions/{id}")
    String detail(@PathVariable long id, Model model) {
        Petition p = handling.visible(id);
        CurrentUser user = scope.requireUser();
        model.addAttribute("petition", p);
        model.addAttribute("category", petitions.category(p.categoryId()).orElseThrow());
        model.addAttribute("unit", p.unitId() == null ? null : organisation.unit(p.unitId()).orElse(null));
        model.addAttribute("steps", petitions.steps(id));
        model.addAttribute("source", petitions.source(id).orElse(null));
        model.addAttribute("links", links.of(id));
        model.addAttribute("attachments", attachments.of(PetitionIntake.ENTITY, id));
        model.addAttribute("map", map);
        List<vn.danvan.organisation.StaffMember> staff = p.unitId() == null ? List.of() : organisation.staffOf(p.unitId());
        model.addAttribute("staff", Choice.of(staff, m -> m.accountId(), m -> m.fullName() + " (" + m.username() + ")"));
        model.addAttribute("units", picker.field(UnitPicker.Scope.ANY));
        model.addAttribute("isHead", user.has(Role.UNIT_HEAD));
        model.addAttribute("canRoute", p.unitId() == null && (user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN)));
        model.addAttribute("canHandle", p.unitId() != null
                && (user.has(Role.UNIT_HEAD) || user.has(Role.OFFICER) || user.has(Role.HOME_AFFAIRS)));
        model.addAttribute("allowed", allowed(p.status()));
        // each action's form, empty unless it came back with errors
        addIfAbsent(model, "routeForm", new StaffForms.RouteForm(null));
        addIfAbsent(model, "assignForm", new StaffForms.AssignForm(p.assigneeAccountId()));
        addIfAbsent(model, "draftForm", new StaffForms.DraftForm(p.answerDraft()));
        addIfAbsent(model, "approveForm", new StaffForms.ApproveForm(false, p.answerDraft()));
        addIfAbsent(model, "returnForm", StaffForms.NoteForm.empty());
        addIfAbsent(model, "requestInfoForm", StaffForms.NoteForm.empty());
        addIfAbsent(model, "transferForm", StaffForms.TransferForm.empty());
        addIfAbsent(model, "refuseForm", StaffForms.NoteForm.empty());
        addIfAbsent(model, "reopenForm", StaffForms.NoteForm.empty());
        return DETAIL;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    @GetMapping("/petitions/{id}/files/{attachmentId}")
    ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable long id, @PathVariable long attachmentId) {
        handling.visible(id);
        AttachmentView file = attachments.find(attachmentId)
                .filter(a -> a.ownerType().equals(PetitionIntake.ENTITY) && a.ownerId() == id)
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("attachment", attachmentId));
        return attachments.download(file);
    }

    @GetMapping("/petitions/{id}/petitioner")
    String petitioner(@PathVariable long id, @org.springframework.web.bind.annotation.RequestHeader(
            value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("petitioner", handling.petitioner(id));
        return htmx != null ? DETAIL + " :: petitioner" : detail(id, model);
    }

    @PostMapping("/petitions/{id}/accept")
    String accept(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.accept", () -> handling.accept(id), null, model, redirect);
    }

    @PostMapping("/petitions/{id}/start")
    String start(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.start", () -> handling.start(id), null, model, redirect);
    }

    @PostMapping("/petitions/{id}/close")
    String close(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.close", () -> handling.close(id), null, model, redirect);
    }

    @PostMapping("/petitions/{id}/route")
    String route(@PathVariable long id, @Valid @ModelAttribute("routeForm") StaffForms.RouteForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.route", () -> handling.route(id, form.unitId()), result, model, redirect);
    }

    @PostMapping("/petitions/{id}/assign")
    String assign(@PathVariable long id, @Valid @ModelAttribute("assignForm") StaffForms.AssignForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.assign", () -> handling.assign(id, form.accountId()), result, model, redirect);
    }

    @PostMapping("/petitions/{id}/draft")
    String draft(@PathVariable long id, @Valid @ModelAttribute("draftForm") StaffForms.DraftForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.draft", () -> handling.draftAnswer(id, form.note()), result, model, redirect);
    }

    @PostMapping("/petitions/{id}/approve")
    String approve(@PathVariable long id, @Valid @ModelAttribute("approveForm") StaffForms.ApproveForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return done(id, Boolean.TRUE.equals(form.publish()) ? "petition.done.approvePublished" : "petition.done.approve",
                () -> handling.approveAnswer(id, Boolean.TRUE.equals(form.publish()), form.note()), result, model,
                redirect);
    }

    @PostMapping("/petitions/{id}/return")
    String returnDraft(@PathVariable long id, @Valid @ModelAttribute("returnForm") StaffForms.NoteForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.return", () -> handling.returnDraft(id, form.note()), result, model, redirect);
    }

    @PostMapping("/petitions/{id}/request-info")
    String requestInformation(@PathVariable long id,
            @Valid @ModelAttribute("requestInfoForm") StaffForms.NoteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return done(id, "petition.done.requestInfo", () -> handling.requestInformation(id, form.note(), form.isPublic()), result, model, redirect);
    }

    @PostMapping("/petitions/{id}/transfer")
    String transfer(@PathVariable long id, @Valid @ModelAttribute("transferForm") StaffForms.TransferForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.transfer",
                () -> handling.transfer(id, form.unitId(), form.note(), Boolean.TRUE.equals(form.notePublic())),
                result, model, redirect);
    }

    @PostMapping("/petitions/{id}/refuse")
    String refuse(@PathVariable long id, @Valid @ModelAttribute("refuseForm") StaffForms.NoteForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.refuse", () -> handling.refuse(id, form.note(), form.isPublic()), result, model, redirect);
    }

    @PostMapping("/petitions/{id}/reopen")
    String reopen(@PathVariable long id, @Valid @ModelAttribute("reopenForm") StaffForms.NoteForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return done(id, "petition.done.reopen", () -> handling.reopen(id, form.note(), form.isPublic()), result, model, redirect);
    }

    /**
     * An action on the petition: refused input comes back on the petition's page, next to the fields of
     * the action's form (or at its top), with what was typed; done, back to the page with a message that says what
     * was done ({@code doneKey}: its arguments are the petition's code, its unit and the officer in charge).
     */
    private String done(long id, String doneKey, Runnable action, BindingResult result, Model model,
            RedirectAttributes redirect) {
        handling.visible(id);
        if (result == null || !result.hasErrors()) {
            try {
                action.run();
                // read without the scope check: after a transfer the petition may be another unit's
                Petition p = petitions.find(id).orElseThrow();
                String unit = p.unitId() == null ? "" : organisation.unit(p.unitId()).map(UnitView::name).orElse("");
                String officer = p.assigneeAccountId() == null || p.unitId() == null ? ""
                        : organisation.staffOf(p.unitId()).stream().filter(m -> m.accountId() == p.assigneeAccountId())
                                .map(StaffMember::fullName).findFirst().orElse("");
                redirect.addFlashAttribute("flash", doneKey);
                redirect.addFlashAttribute("flashArgs", List.of(p.code(), unit, officer));
                return "redirect:/petitions/" + id;
            } catch (InvalidRequestException e) {
                if (result == null) {
                    model.addAttribute("actionError", e.messageKey());
                    model.addAttribute("actionErrorArgs", e.arguments());
                } else {
                    Forms.reject(result, e);
                }
            }
        }
        return detail(id, model);
    }

    private void requireStaff() {
        CurrentUser user = scope.requireUser();
        if (!(user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD) || user.has(Role.HOME_AFFAIRS))) {
            throw new org.springframework.security.access.AccessDeniedException("intake is for officers");
        }
    }

    private String intakeForm(Model model) {
        model.addAttribute("kinds", Choice.ofEnum(PetitionKind::messageKey, PetitionKind.values()));
        model.addAttribute("channels", Choice.ofEnum(Channel::messageKey, Channel.COUNTER, Channel.PHONE, Channel.LETTER,
                Channel.DIALOGUE, Channel.TRANSFER));
        model.addAttribute("categories", Choice.of(petitions.categories(true), CategoryView::id, CategoryView::name));
        model.addAttribute("units", picker.field(UnitPicker.Scope.VISIBLE));
        return INTAKE;
    }

    /** Which next states the status allows, for showing only the actions that can work. */
    private static java.util.Map<String, Boolean> allowed(PetitionStatus s) {
        var m = new java.util.HashMap<String, Boolean>();
        for (PetitionStatus next : PetitionStatus.values()) {
            m.put(next.name(), s.allows(next));
        }
        return m;
    }
}
