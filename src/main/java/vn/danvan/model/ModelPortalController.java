package vn.danvan.model;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.shared.web.NotFoundException;

/**
 * The portal, no sign-in: recognised models and exemplary people with their photos. Nothing else of
 * an entry is public: no draft, no evaluation in progress, no file other than photos, and no contact
 * data of a person (none is kept).
 */
@Controller
class ModelPortalController {

    static final String LIST = "model/portal-list";
    static final String DETAIL = "model/portal-detail";

    private final Models models;
    private final AttachmentService attachments;

    ModelPortalController(Models models, AttachmentService attachments) {
        this.models = models;
        this.attachments = attachments;
    }

    @GetMapping("/portal/models")
    String list(Model model) {
        var all = models.recognised();
        model.addAttribute("models", all.stream().filter(e -> !e.person()).toList());
        model.addAttribute("people", all.stream().filter(ModelEntry::person).toList());
        return LIST;
    }

    @GetMapping("/portal/models/{id}")
    String detail(@PathVariable long id, Model model) {
        ModelEntry e = models.publicGet(id);
        model.addAttribute("entry", e);
        model.addAttribute("resultLines", models.resultLines(id));
        model.addAttribute("photos", models.photos(id));
        model.addAttribute("replications", models.replications(id));
        return DETAIL;
    }

    @GetMapping("/portal/models/{id}/photos/{fileId}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long fileId) {
        models.publicGet(id);
        if (models.photos(id).stream().noneMatch(p -> p.id() == fileId)) {
            throw new NotFoundException("attachment", fileId);
        }
        return ModelController.download(attachments, id, fileId);
    }
}
