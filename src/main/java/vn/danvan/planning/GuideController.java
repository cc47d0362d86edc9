package vn.danvan.planning;

import java.util.ArrayList;
import java.util.Arrays;
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
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TableExport;

/** The register of guiding documents: the list with its filters and export, one document, and the editor's form. */
@Controller
class GuideController {

    static final String LIST = "planning/guides";
    static final String DETAIL = "planning/guide";
    static final String FORM = "planning/guideForm";
    static final String BASE = "/planning/guides";

    private final GuidingDocuments guides;
    private final AttachmentService attachments;
    private final MessageSource messages;

    GuideController(GuidingDocuments guides, AttachmentService attachments, MessageSource messages) {
        this.guides = guides;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String list(@ModelAttribute("filter") GuideFilter filter, Model model) {
        List<GuidingDocument> rows = guides.find(filter);
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() >= GuidingDocuments.LIMIT);
        model.addAttribute("years", Choice.of(guides.years(), y -> y, y -> String.valueOf(y)));
        model.addAttribute("states", List.of(Choice.ofKey("active", "planning.guide.active"),
                Choice.ofKey("retired", "planning.guide.retired")));
        model.addAttribute("canEdit", guides.canEdit());
        return LIST;
    }

    @GetMapping(BASE + "/export")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") GuideFilter filter,
            @RequestParam(defaultValue = "xlsx") String format) {
        List<String> header = TableExport.header(messages, "planning.guide.number", "planning.guide.issuedOn",
                "planning.guide.issuer", "planning.guide.summary", "planning.guide.state");
        List<List<Object>> rows = new ArrayList<>();
        for (GuidingDocument d : guides.find(filter)) {
            rows.add(Arrays.asList(d.numberSymbol(), d.issuedOn(), d.issuer(), d.summary(),
                    messages.getMessage(d.active() ? "planning.guide.active" : "planning.guide.retired", null,
                            LocaleContextHolder.getLocale())));
        }
        return TableExport.of(format, "van-ban-chi-dao", header, rows);
    }

    @GetMapping(BASE + "/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(guides.require(id), model);
    }

    /** The document with its retire form; a reason that came back with errors keeps what was typed. */
    private String detailPage(GuidingDocument guide, Model model) {
        model.addAttribute("guide", guide);
        model.addAttribute("files", guides.files(guide.id()));
        model.addAttribute("canEdit", guides.canEdit());
        if (!model.containsAttribute("retireForm")) {
            model.addAttribute("retireForm", new RetireForm(null, guide.version()));
        }
        return DETAIL;
    }

    @GetMapping(BASE + "/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId) {
        guides.require(id);
        var file = attachments.find(fileId)
                .filter(a -> a.ownerType().equals(GuidingDocuments.ENTITY) && a.ownerId() == id)
                .orElseThrow(() -> new NotFoundException("attachment", fileId));
        return attachments.download(file);
    }

    @GetMapping(BASE + "/new")
    String initCreationForm(Model model) {
        requireEditor();
        model.addAttribute("form", GuideForm.empty());
        return FORM;
    }

    @PostMapping(BASE)
    String processCreationForm(@Valid @ModelAttribute("form") GuideForm form, BindingResult result,
            RedirectAttributes redirect) {
        requireEditor();
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = guides.create(form);
            redirect.addFlashAttribute("flash", "planning.guide.saved");
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return FORM;
        }
    }

    @GetMapping(BASE + "/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        requireEditor();
        GuidingDocument guide = guides.require(id);
        model.addAttribute("form", GuideForm.of(guide));
        model.addAttribute("guide", guide);
        return FORM;
    }

    @PostMapping(BASE + "/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") GuideForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireEditor();
        model.addAttribute("guide", guides.require(id));
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            guides.update(id, form);
            redirect.addFlashAttribute("flash", "planning.guide.saved");
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return FORM;
        }
    }

    @PostMapping(BASE + "/{id}/retire")
    String retire(@PathVariable long id, @Valid @ModelAttribute("retireForm") RetireForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        requireEditor();
        GuidingDocument guide = guides.require(id);
        if (!result.hasErrors()) {
            try {
                guides.retire(id, form.note(), form.version());
                redirect.addFlashAttribute("flash", "planning.guide.retiredDone");
                return "redirect:" + BASE + "/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return detailPage(guide, model);
    }

    @PostMapping(BASE + "/{id}/reactivate")
    String reactivate(@PathVariable long id, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        requireEditor();
        Forms.requireValid(result);
        guides.reactivate(id, form.version());
        redirect.addFlashAttribute("flash", "planning.guide.reactivated");
        return "redirect:" + BASE + "/" + id;
    }

    private void requireEditor() {
        if (!guides.canEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("guiding documents are kept by Home Affairs");
        }
    }
}
