package vn.danvan.news;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.documents.DocumentFormat;
import vn.danvan.shared.web.InvalidRequestException;
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
    String processCreateForm(@ModelAttribute("form") NewsForm form, BindingResult result) {
        stories.requireWriter();
        NewsStories.Saved saved = stories.create(form);
        if (!saved.problems().isEmpty()) {
            reject(result, saved.problems());
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
    String processEditForm(@PathVariable long id, @ModelAttribute("form") NewsForm form, BindingResult result,
            Model model) {
        NewsStory s = stories.getForWriting(id);
        List<Problem> problems = stories.update(id, form);
        if (!problems.isEmpty()) {
            reject(result, problems);
            model.addAttribute("story", s);
            return FORM;
        }
        return "redirect:/news/" + id;
    }

    @GetMapping("/news/{id}")
    String detail(@PathVariable long id, Model model) {
        return render(stories.get(id), model);
    }

    private String render(NewsStory s, Model model) {
        model.addAttribute("story", s);
        model.addAttribute("mayWrite", stories.mayWrite(s));
        model.addAttribute("images", attachments.of(NewsStories.ENTITY, s.id()));
        model.addAttribute("reading", RadioReading.of(s.radioScript()));
        return DETAIL;
    }

    @PostMapping("/news/{id}/publish")
    String publish(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return transitioned(id, stories.publish(id, version), "news.flash.published", model, redirect);
    }

    @PostMapping("/news/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        List<Problem> problems = stories.unpublish(id, version, reason);
        model.addAttribute("reason", reason);
        return transitioned(id, problems, "news.flash.unpublished", model, redirect);
    }

    private String transitioned(long id, List<Problem> problems, String flash, Model model,
            RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            model.addAttribute("actionErrors", problems);
            return render(stories.get(id), model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/news/" + id;
    }

    @PostMapping("/news/{id}/images")
    String addImages(@PathVariable long id, @RequestParam(value = "files", required = false) List<MultipartFile> files,
            Model model, RedirectAttributes redirect) {
        NewsStory s = stories.getForWriting(id);
        try {
            stories.addImages(s, files == null ? List.of() : files);
        } catch (InvalidRequestException e) {
            model.addAttribute("imageError", e);
            return render(s, model);
        }
        redirect.addFlashAttribute("flash", "news.flash.images");
        return "redirect:/news/" + id;
    }

    @GetMapping("/news/{id}/radio.docx")
    ResponseEntity<byte[]> radioScript(@PathVariable long id) {
        NewsStory s = stories.get(id);
        return radio.download(s, DocumentFormat.DOCX);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    static void reject(BindingResult result, List<Problem> problems) {
        for (Problem p : problems) {
            if (p.field() == null) {
                result.reject(p.messageKey(), p.arguments(), p.messageKey());
            } else {
                result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            }
        }
    }
}
