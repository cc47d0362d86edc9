package vn.danvan.petition;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.TableExport;

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

    StaffPetitionController(AttachmentService attachments, PetitionInbox inbox, PetitionHandling handling, PetitionIntake intake,
            PetitionRepository petitions, OrganisationService organisation, OrganisationScope scope,
            MessageSource messages, PetitionLinks links) {
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
    String inbox(@ModelAttribute("filter") InboxFilter filter, Model model) {
        List<InboxRow> rows = inbox.find(filter);
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() >= PetitionInbox.LIMIT);
        model.addAttribute("statuses", PetitionStatus.values());
        model.addAttribute("categories", petitions.categories(false));
        var visible = scope.visibleUnits();
        model.addAttribute("units", organisation.activeUnits().stream().filter(u -> visible.includes(u.id())).toList());
        return INBOX;
    }

    @GetMapping("/petitions/export")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") InboxFilter filter,
            @RequestParam(defaultValue = "xlsx") String format) {
        var locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "petition.code", "petition.title", "petition.category",
                "petition.unit", "petition.channel", "petition.receivedAt", "petition.status", "petition.answerDue",
                "petition.assignee");
        List<List<Object>> rows = new ArrayList<>();
        for (InboxRow r : inbox.find(filter)) {
            rows.add(java.util.Arrays.asList(r.code(), r.title(), r.category(), r.unit(),
                    messages.getMessage(r.channel().messageKey(), null, locale),
                    r.receivedAt().atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE_TIME),
                    messages.getMessage(r.status().messageKey(), null, locale), r.answerDue().format(DanVanTime.DATE),
                    r.assignee()));
        }
        return TableExport.of(format, "phan-anh-kien-nghi", header, rows);
    }

    @GetMapping("/petitions/new")
    String initIntakeForm(Model model) {
        requireStaff();
        model.addAttribute("form", Submission.empty(Channel.COUNTER, UUID.randomUUID().toString()));
        return intakeForm(model);
    }

    @PostMapping("/petitions")
    String processIntakeForm(@Valid @ModelAttribute("form") Submission form, BindingResult result,
            @RequestParam(value = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
            Model model) {
        requireStaff();
        Channel channel = form.channel() == null || form.channel() == Channel.WEB ? Channel.COUNTER : form.channel();
        if (form.unitId() != null && !scope.canSee(form.unitId()) && !scope.requireUser().districtWide()) {
            result.rejectValue("unitId", "petition.error.unitScope");
        }
        if (result.hasErrors()) {
            return intakeForm(model);
        }
        try {
            model.addAttribute("receipt", intake.receive(form, channel, scope.requireUser().username(), files));
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
        model.addAttribute("steps", petitions.steps(id, false));
        model.addAttribute("source", petitions.source(id).orElse(null));
        model.addAttribute("links", links.of(id));
        model.addAttribute("attachments", attachments.of(PetitionIntake.ENTITY, id));
        model.addAttribute("staff", p.unitId() == null ? List.of() : organisation.staffOf(p.unitId()));
        model.addAttribute("units", organisation.activeUnits());
        model.addAttribute("isHead", user.has(Role.UNIT_HEAD));
        model.addAttribute("canRoute", p.unitId() == null && (user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN)));
        model.addAttribute("canHandle", p.unitId() != null
                && (user.has(Role.UNIT_HEAD) || user.has(Role.OFFICER) || user.has(Role.HOME_AFFAIRS)));
        model.addAttribute("allowed", allowed(p.status()));
        return DETAIL;
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

    @PostMapping("/petitions/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Boolean publish, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "accept" -> handling.accept(id);
                case "refuse" -> handling.refuse(id, note);
                case "transfer" -> handling.transfer(id, required(unitId), note);
                case "route" -> handling.route(id, required(unitId));
                case "assign" -> handling.assign(id, required(accountId));
                case "start" -> handling.start(id);
                case "request-info" -> handling.requestInformation(id, note);
                case "draft" -> handling.draftAnswer(id, note);
                case "return" -> handling.returnDraft(id, note);
                case "approve" -> handling.approveAnswer(id, Boolean.TRUE.equals(publish), note);
                case "close" -> handling.close(id);
                case "reopen" -> handling.reopen(id, note);
                default -> throw new vn.danvan.shared.web.NotFoundException("action", action);
            }
            redirect.addFlashAttribute("flash", "petition.done");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.arguments());
        }
        return "redirect:/petitions/" + id;
    }

    private static long required(Long id) {
        if (id == null) {
            throw InvalidRequestException.onField("unitId", "petition.error.choose");
        }
        return id;
    }

    private void requireStaff() {
        CurrentUser user = scope.requireUser();
        if (!(user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD) || user.has(Role.HOME_AFFAIRS))) {
            throw new org.springframework.security.access.AccessDeniedException("intake is for officers");
        }
    }

    private String intakeForm(Model model) {
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("channels", List.of(Channel.COUNTER, Channel.PHONE, Channel.LETTER, Channel.DIALOGUE,
                Channel.TRANSFER));
        model.addAttribute("categories", petitions.categories(true));
        var visible = scope.visibleUnits();
        model.addAttribute("units", organisation.activeUnits().stream().filter(u -> visible.includes(u.id())).toList());
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
