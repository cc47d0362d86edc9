package vn.danvan.news;

import java.util.ArrayList;
import java.util.List;

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
import vn.danvan.documents.DocumentFormat;
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;
import vn.danvan.shared.web.TableExport;

/**
 * The staff screens under /news for the information office, Home Affairs and administrators: the
 * list (with its export), writing and changing a story, its images, publishing, withdrawing and the
 * radio script as DOCX. Any other role is refused (403).
 */
@Controller
class NewsController {

    static final String LIST = "news/list";
    static final String FORM = "news/form";
    static final String DETAIL = "news/detail";

    private final NewsStories stories;
    private final AttachmentService attachments;
    private final RadioScriptDocument radio;
    private final MessageSource messages;

    NewsController(NewsStories stories, AttachmentService attachments, RadioScriptDocument radio,
            MessageSource messages) {
        this.stories = stories;
        this.attachments = attachments;
        this.radio = radio;
        this.messages = messages;
    }

    @GetMapping("/news")
    String list(Model model) {
        model.addAttribute("stories", stories.visible());
        return LIST;
    }

    @GetMapping(value = "/news", params = "format")
    ResponseEntity<byte[]> export(@RequestParam String format) {
        List<List<Object>> rows = new ArrayList<>();
        for (NewsStory s : stories.visible()) {
            rows.add(List.of(s.title(), s.authorUnitName(), text(s.status().messageKey()),
                    s.publishedAt() == null ? "" : s.publishedAt().toLocalDate(), s.summary()));
        }
        return TableExport.of(format, "tin-bai", TableExport.header(messages, "news.title", "news.authorUnit",
                "news.state", "news.publishedAt", "news.summary"), rows);
    }

    @GetMapping("/news/new")
    String initCreateForm(Model model) {
        stories.requireWriter();
        model.addAttribute("form", NewsForm.empty());
        return FORM;
    }

    @PostMapping("/news")
    String processCreateForm(@Valid @ModelAttribute("form") NewsForm form, BindingResult result) {
        stories.requireWriter();
        if (result.hasErrors()) {
            // the story's own rules too, so that every message shows at once
            Forms.reject(result, NewsStories.check(form));
            return FORM;
        }
        NewsStories.Saved saved = stories.create(form);
        if (!saved.problems().isEmpty()) {
            Forms.reject(result, saved.problems());
            return FORM;
        }
        return "redirect:/news/" + saved.id();
    }

    @GetMapping("/news/{id}/edit")
    String initEditForm(@PathVariable long id, Model model) {
        NewsStory s = stories.getForWriting(id);
        model.addAttribute("form", NewsForm.of(s));
        model.addAttribute("story", s);
        return FORM;
    }

    @PostMapping("/news/{id}")
    String processEditForm(@PathVariable long id, @Valid @ModelAttribute("form") NewsForm form, BindingResult result,
            Model model) {
        NewsStory s = stories.getForWriting(id);
        model.addAttribute("story", s);
        if (result.hasErrors()) {
            Forms.reject(result, NewsStories.check(form));
            return FORM;
        }
        List<Problem> problems = stories.update(id, form);
        if (!problems.isEmpty()) {
            Forms.reject(result, problems);
            return FORM;
        }
        return "redirect:/news/" + id;
    }

    @GetMapping("/news/{id}")
    String detail(@PathVariable long id, Model model) {
        return render(stories.get(id), model);
    }

    /** The story with its action forms; a form that came back with errors keeps what was typed. */
    private String render(NewsStory s, Model model) {
        model.addAttribute("story", s);
        model.addAttribute("mayWrite", stories.mayWrite(s));
        model.addAttribute("images", attachments.of(NewsStories.ENTITY, s.id()));
        model.addAttribute("reading", RadioReading.of(s.radioScript()));
        if (!model.containsAttribute("unpublishForm")) {
            model.addAttribute("unpublishForm", new UnpublishForm(null, s.version()));
        }
        if (!model.containsAttribute("imagesForm")) {
            model.addAttribute("imagesForm", new ImagesForm(List.of()));
        }
        return DETAIL;
    }

    @PostMapping("/news/{id}/publish")
    String publish(@PathVariable long id, @Valid ActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Forms.requireValid(result);
        List<Problem> problems = stories.publish(id, form.version());
        if (!problems.isEmpty()) {
            model.addAttribute("actionErrors", problems);
            return render(stories.get(id), model);
        }
        redirect.addFlashAttribute("flash", "news.flash.published");
        return "redirect:/news/" + id;
    }

    @PostMapping("/news/{id}/unpublish")
    String unpublish(@PathVariable long id, @Valid @ModelAttribute("unpublishForm") UnpublishForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        NewsStory s = stories.getForWriting(id);
        if (result.hasErrors()) {
            return render(s, model);
        }
        List<Problem> problems = stories.unpublish(id, form.version(), form.reason());
        if (!problems.isEmpty()) {
            Forms.reject(result, problems);
            return render(s, model);
        }
        redirect.addFlashAttribute("flash", "news.flash.unpublished");
        return "redirect:/news/" + id;
    }

    @PostMapping("/news/{id}/images")
    String addImages(@PathVariable long id, @Valid @ModelAttribute("imagesForm") ImagesForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        NewsStory s = stories.getForWriting(id);
        if (!result.hasErrors()) {
            try {
                stories.addImages(s, form.files() == null ? List.of() : form.files());
                redirect.addFlashAttribute("flash", "news.flash.images");
                return "redirect:/news/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return render(s, model);
    }

    @GetMapping("/news/{id}/radio.docx")
    ResponseEntity<byte[]> radioScript(@PathVariable long id) {
        NewsStory s = stories.get(id);
        return radio.download(s, DocumentFormat.DOCX);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
