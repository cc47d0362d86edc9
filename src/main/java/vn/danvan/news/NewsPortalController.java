package vn.danvan.news;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.shared.web.NotFoundException;

/**
 * The portal, no sign-in: published stories newest first with paging, one story (its body sanitised
 * again as it is shown), its images, and the newest three for the portal's home page (loaded into it
 * by htmx). A draft or withdrawn story is not found here.
 */
@Controller
class NewsPortalController {

    static final String LIST = "news/portal-list";
    static final String DETAIL = "news/portal-detail";
    static final String LATEST = "news/portal-latest :: latest";
    static final int LATEST_COUNT = 3;

    private final NewsStories stories;
    private final AttachmentService attachments;

    NewsPortalController(NewsStories stories, AttachmentService attachments) {
        this.stories = stories;
        this.attachments = attachments;
    }

    @GetMapping("/portal/news")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("result", stories.published(page));
        return LIST;
    }

    @GetMapping("/portal/news/latest")
    String latest(Model model) {
        model.addAttribute("stories", stories.latest(LATEST_COUNT));
        return LATEST;
    }

    @GetMapping("/portal/news/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("story", stories.publicGet(id));
        return DETAIL;
    }

    @GetMapping("/portal/news/{id}/images/{fileId}")
    ResponseEntity<Resource> image(@PathVariable long id, @PathVariable long fileId) {
        if (!stories.imagesVisible(id)) {
            throw new NotFoundException(NewsStories.ENTITY, id);
        }
        var file = attachments.find(fileId)
                .filter(a -> a.ownerType().equals(NewsStories.ENTITY) && a.ownerId() == id && NewsStories.isImage(a))
                .orElseThrow(() -> new NotFoundException("attachment", fileId));
        return attachments.download(file);
    }
}
