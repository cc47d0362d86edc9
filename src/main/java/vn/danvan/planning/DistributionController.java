package vn.danvan.planning;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
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
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;
import vn.danvan.shared.web.TableExport;

/**
 * Guiding documents sent and received: the unit's lists, the sending form, and a distribution's page (the table of
 * units by state for the sender's side, with its export and the reminder to the late ones; the unit's own line with
 * its acknowledgement and dissemination for a receiving unit).
 */
@Controller
class DistributionController {

    static final String LIST = "planning/distributions";
    static final String FORM = "planning/distribution-form";
    static final String SHOW = "planning/distribution";

    private final Distributions distributions;
    private final GuidingDocuments guides;
    private final UnitPicker picker;
    private final AttachmentService attachments;
    private final MessageSource messages;
    private final Plans plans;
    private final PlanDocument planDocument;

    DistributionController(Distributions distributions, GuidingDocuments guides, UnitPicker picker,
            AttachmentService attachments, MessageSource messages, Plans plans, PlanDocument planDocument) {
        this.distributions = distributions;
        this.guides = guides;
        this.picker = picker;
        this.attachments = attachments;
        this.messages = messages;
        this.plans = plans;
        this.planDocument = planDocument;
    }

    @GetMapping("/distributions")
    String list(Model model) {
        model.addAttribute("sent", distributions.sent());
        model.addAttribute("received", distributions.received());
        model.addAttribute("maySend", distributions.maySend());
        return LIST;
    }

    @GetMapping("/distributions/new")
    String initSendForm(@RequestParam(required = false) Long documentId, Model model) {
        distributions.requireSender();
        DistributionForm blank = DistributionForm.blank(distributions.today());
        model.addAttribute("form", new DistributionForm(documentId, null, blank.unitIds(), blank.unitKinds(), null,
                null, blank.acknowledgeBy(), blank.disseminateBy(), null));
        return form(model);
    }

    @PostMapping("/distributions")
    String send(@Valid @ModelAttribute("form") DistributionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        distributions.requireSender();
        if (result.hasErrors()) {
            // what is sent too, so that every message shows at once
            Forms.reject(result, Distributions.whatIsSent(form));
            return form(model);
        }
        Distributions.Sent sent = distributions.send(form);
        if (!sent.problems().isEmpty()) {
            Forms.reject(result, sent.problems());
            return form(model);
        }
        redirect.addFlashAttribute("flash", "distribution.done.sent");
        redirect.addFlashAttribute("flashArgs", List.of(distributions.recipients(distributions.get(sent.id())).size()));
        return "redirect:/distributions/" + sent.id();
    }

    private String form(Model model) {
        model.addAttribute("documents", Choice.of(guides.active(), GuidingDocument::id,
                g -> g.label() + " - " + g.issuer()));
        model.addAttribute("planChoices", distributions.plansToSend().stream()
                .map(p -> Choice.of(p.id(), messages.getMessage("distribution.planLabel",
                        new Object[] {p.number() == null ? "" : p.number(), p.year()}, LocaleContextHolder.getLocale())))
                .toList());
        model.addAttribute("unitChoices", picker.several(UnitPicker.Scope.ANY));
        model.addAttribute("kindChoices", Choice.ofEnum(UnitKind::messageKey, UnitKind.values()));
        model.addAttribute("lists", Choice.of(distributions.lists(), Distributions.RecipientList::id,
                l -> l.name() + " (" + l.unitIds().size() + ")"));
        return FORM;
    }

    @GetMapping("/distributions/{distributionId}")
    String show(@PathVariable long distributionId, Model model) {
        Distribution d = distributions.get(distributionId);
        if (!model.containsAttribute("disseminationForm")) {
            long version = distributions.ownLine(d).map(DistributionRecipient::version).orElse(0L);
            model.addAttribute("disseminationForm", DisseminationForm.blank(version));
        }
        return page(d, model);
    }

    private String page(Distribution d, Model model) {
        boolean senderSide = distributions.senderSide(d);
        model.addAttribute("distribution", d);
        model.addAttribute("senderSide", senderSide);
        model.addAttribute("unitLines", senderSide ? distributions.recipients(d) : List.of());
        var own = distributions.ownLine(d).orElse(null);
        model.addAttribute("own", own);
        model.addAttribute("ownFiles", own == null ? List.of() : distributions.files(own));
        model.addAttribute("citations", own == null || d.plan() ? List.of()
                : distributions.citations(own.unitId(), d.documentId()));
        model.addAttribute("wayChoices", Choice.ofEnum(DisseminationWay::messageKey, DisseminationWay.values()));
        return SHOW;
    }

    @GetMapping(value = "/distributions/{distributionId}", params = "format")
    ResponseEntity<byte[]> export(@PathVariable long distributionId, @RequestParam String format) {
        Distribution d = distributions.get(distributionId);
        List<List<Object>> rows = new ArrayList<>();
        for (DistributionRecipient l : distributions.recipients(d)) {
            rows.add(List.of(l.unitName(), text(l.state().messageKey()),
                    l.acknowledgedOn() == null ? "" : l.acknowledgedOn().format(DanVanTime.DATE),
                    l.disseminatedOn() == null ? "" : l.disseminatedOn().format(DanVanTime.DATE),
                    l.way() == null ? "" : text(l.way().messageKey()), l.attendance() == null ? "" : l.attendance()));
        }
        return TableExport.of(format, "phat-hanh-van-ban-" + d.id(), TableExport.header(messages, "distribution.unit",
                "distribution.state", "distribution.acknowledgedOn", "distribution.disseminatedOn", "distribution.way",
                "distribution.attendance"), rows);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @PostMapping("/distributions/{distributionId}/acknowledge")
    String acknowledge(@PathVariable long distributionId, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        Forms.requireValid(result);
        distributions.acknowledge(distributionId, form.version());
        redirect.addFlashAttribute("flash", "distribution.done.acknowledged");
        return "redirect:/distributions/" + distributionId;
    }

    @PostMapping("/distributions/{distributionId}/disseminate")
    String disseminate(@PathVariable long distributionId,
            @Valid @ModelAttribute("disseminationForm") DisseminationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Distribution d = distributions.get(distributionId);
        if (!result.hasErrors()) {
            try {
                List<Problem> problems = distributions.disseminate(distributionId, form);
                if (problems.isEmpty()) {
                    redirect.addFlashAttribute("flash", "distribution.done.disseminated");
                    return "redirect:/distributions/" + distributionId;
                }
                Forms.rejectOnPage(result, problems, model);
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return page(d, model);
    }

    @PostMapping("/distributions/{distributionId}/remind")
    String remind(@PathVariable long distributionId, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        Forms.requireValid(result);
        redirect.addFlashAttribute("flashArgs", distributions.remindLate(distributionId).counts());
        redirect.addFlashAttribute("flash", "distribution.done.reminded");
        return "redirect:/distributions/" + distributionId;
    }

    /** The plan sent, printed for whoever sees the distribution (its receivers cannot open the sender's plan). */
    @GetMapping("/distributions/{distributionId}/plan.{format:docx|pdf}")
    ResponseEntity<byte[]> plan(@PathVariable long distributionId, @PathVariable String format) {
        Distribution d = distributions.get(distributionId);
        if (!d.plan()) {
            throw new NotFoundException("plan of distribution", distributionId);
        }
        return planDocument.download(plans.distributed(d.planId()), format);
    }

    @GetMapping("/distributions/{distributionId}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long distributionId, @PathVariable long fileId) {
        Distribution d = distributions.get(distributionId);
        DistributionRecipient own = distributions.ownLine(d).orElseThrow(() -> new NotFoundException("file", fileId));
        var file = distributions.files(own).stream().filter(a -> a.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return attachments.download(file);
    }
}
