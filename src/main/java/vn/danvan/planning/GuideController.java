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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.attachment.AttachmentService;
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
        model.addAttribute("years", guides.years());
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
        model.addAttribute("guide", guides.require(id));
        model.addAttribute("files", guides.files(id));
        model.addAttribute("canEdit", guides.canEdit());
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
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        requireEditor();
        checkDate(form, result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = guides.create(form, files);
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
            BindingResult result, @RequestParam(value = "files", required = false) List<MultipartFile> files,
            Model model, RedirectAttributes redirect) {
        requireEditor();
        model.addAttribute("guide", guides.require(id));
        checkDate(form, result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            guides.update(id, form, files);
            redirect.addFlashAttribute("flash", "planning.guide.saved");
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return FORM;
        }
    }

    @PostMapping(BASE + "/{id}/retire")
    String retire(@PathVariable long id, @RequestParam(required = false) String note, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            guides.retire(id, note, version);
            redirect.addFlashAttribute("flash", "planning.guide.retiredDone");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        guides.reactivate(id, version);
        redirect.addFlashAttribute("flash", "planning.guide.reactivated");
        return "redirect:" + BASE + "/" + id;
    }

    private void requireEditor() {
        if (!guides.canEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("guiding documents are kept by Home Affairs");
        }
    }

    private static void checkDate(GuideForm form, BindingResult result) {
        if (form.issuedOn() != null && !form.issuedOn().isBlank() && ItemRules.date(form.issuedOn()).isEmpty()) {
            result.rejectValue("issuedOn", "planning.error.date");
        }
    }
}
