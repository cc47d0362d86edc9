package vn.danvan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TableExport;

/**
 * The staff screens under /models: the list within scope (with its export), registration of a model
 * or an exemplary person, one entry with its submission, Home Affairs' evaluation and the
 * replications, and the criteria screen.
 */
@Controller
class ModelController {

    static final String LIST = "model/list";
    static final String FORM = "model/form";
    static final String DETAIL = "model/detail";
    static final String CRITERIA = "model/criteria";

    private final Models models;
    private final ModelCriteria criteria;
    private final AttachmentService attachments;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ModelController(Models models, ModelCriteria criteria, AttachmentService attachments,
            OrganisationService organisation, MessageSource messages, java.time.Clock clock) {
        this.models = models;
        this.criteria = criteria;
        this.attachments = attachments;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/models")
    String list(Model model) {
        model.addAttribute("entries", models.visible());
        model.addAttribute("canRegister", models.mayRegister());
        model.addAttribute("canEditCriteria", criteria.mayEdit());
        return LIST;
    }

    @GetMapping(value = "/models", params = "format")
    ResponseEntity<byte[]> export(@RequestParam String format) {
        List<List<Object>> rows = new ArrayList<>();
        for (ModelEntry e : models.visible()) {
            rows.add(List.of(e.name(), text(e.kind().messageKey()), e.unitName(),
                    e.field() == null ? "" : text(e.field().messageKey()), e.year(), text(e.status().messageKey()),
                    e.totalScore() == null ? "" : e.totalScore(),
                    e.recognitionYear() == null ? "" : e.recognitionYear()));
        }
        return TableExport.of(format, "mo-hinh-dan-van-kheo", TableExport.header(messages, "model.name",
                "model.kind", "model.unit", "model.field", "model.year", "model.state", "model.total",
                "model.recognitionYear"), rows);
    }

    @GetMapping("/models/new")
    String initRegisterForm(@RequestParam(defaultValue = "MODEL") EntryKind kind, Model model) {
        if (!models.mayRegister()) {
            throw new org.springframework.security.access.AccessDeniedException("may not register models");
        }
        model.addAttribute("form", ModelForm.empty(kind, LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear()));
        return form(model);
    }

    @PostMapping("/models")
    String processRegisterForm(@ModelAttribute("form") ModelForm form, BindingResult result,
            @RequestParam(value = "photos", required = false) List<MultipartFile> photos,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model) {
        requireBound(form, result);
        Models.Saved saved;
        try {
            saved = models.register(form, photos, files);
        } catch (InvalidRequestException e) {
            model.addAttribute("fileError", e);
            return form(model);
        }
        if (!saved.problems().isEmpty()) {
            reject(result, saved.problems());
            return form(model);
        }
        return "redirect:/models/" + saved.id();
    }

    @GetMapping("/models/{id}/edit")
    String initEditForm(@PathVariable long id, Model model) {
        ModelEntry e = models.get(id);
        if (!models.mayChange(e)) {
            throw new org.springframework.security.access.AccessDeniedException("may not change model " + id);
        }
        model.addAttribute("form", models.formOf(e));
        model.addAttribute("entry", e);
        return form(model);
    }

    @PostMapping("/models/{id}")
    String processEditForm(@PathVariable long id, @ModelAttribute("form") ModelForm form, BindingResult result,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        requireBound(form, result);
        List<Problem> problems = models.update(id, form, version);
        if (!problems.isEmpty()) {
            reject(result, problems);
            model.addAttribute("entry", models.get(id));
            model.addAttribute("typedVersion", version);
            return form(model);
        }
        redirect.addFlashAttribute("flash", "model.flash.saved");
        return "redirect:/models/" + id;
    }

    private String form(Model model) {
        model.addAttribute("kinds", EntryKind.values());
        model.addAttribute("fields", ModelField.values());
        return FORM;
    }

    @GetMapping("/models/{id}")
    String detail(@PathVariable long id, Model model) {
        return render(models.get(id), model);
    }

    private String render(ModelEntry e, Model model) {
        model.addAttribute("entry", e);
        model.addAttribute("resultLines", models.resultLines(e.id()));
        model.addAttribute("photos", models.photos(e.id()));
        model.addAttribute("files", models.files(e.id()));
        model.addAttribute("scores", models.scores(e.id()));
        model.addAttribute("replications", models.replications(e.id()));
        model.addAttribute("canChange", models.mayChange(e));
        model.addAttribute("canEvaluate", models.mayEvaluate(e));
        model.addAttribute("canReplicate", models.mayRecordReplication(e));
        if (models.mayEvaluate(e)) {
            model.addAttribute("criteria", criteria.active());
            if (!model.containsAttribute("evaluation")) {
                model.addAttribute("evaluation", new Models.Evaluation(Map.of(), null, null, null,
                        Integer.toString(LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear()), e.version()));
            }
        }
        if (models.mayRecordReplication(e)) {
            model.addAttribute("units", organisation.activeUnits());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return DETAIL;
    }

    @PostMapping("/models/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        models.submit(id, version);
        redirect.addFlashAttribute("flash", "model.flash.submitted");
        return "redirect:/models/" + id;
    }

    @PostMapping("/models/{id}/files")
    String addFiles(@PathVariable long id,
            @RequestParam(value = "photos", required = false) List<MultipartFile> photos,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        try {
            models.addFiles(id, photos, files);
        } catch (InvalidRequestException e) {
            model.addAttribute("fileError", e);
            return render(models.get(id), model);
        }
        redirect.addFlashAttribute("flash", "model.flash.files");
        return "redirect:/models/" + id;
    }

    @PostMapping("/models/{id}/evaluation")
    String evaluate(@PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) ModelStatus result, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String recognitionYear,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<Long, String> scores = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("score-") && k.substring(6).matches("\\d{1,18}")) {
                scores.put(Long.valueOf(k.substring(6)), v);
            }
        });
        var evaluation = new Models.Evaluation(scores, result, comment, reason, recognitionYear, version);
        List<Problem> problems = models.evaluate(id, evaluation);
        if (!problems.isEmpty()) {
            model.addAttribute("evaluation", evaluation);
            model.addAttribute("errors", byField(problems));
            model.addAttribute("evaluationProblems", problems);
            return render(models.get(id), model);
        }
        redirect.addFlashAttribute("flash", "model.flash.evaluated");
        return "redirect:/models/" + id;
    }

    @PostMapping("/models/{id}/replications")
    String replicate(@PathVariable long id, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String takenUpOn, @RequestParam(required = false) String outcome,
            Model model, RedirectAttributes redirect) {
        List<Problem> problems = models.replicate(id, unitId, takenUpOn, outcome);
        if (!problems.isEmpty()) {
            model.addAttribute("errors", byField(problems));
            model.addAttribute("replicationUnit", unitId);
            model.addAttribute("takenUpOn", takenUpOn);
            model.addAttribute("outcome", outcome);
            return render(models.get(id), model);
        }
        redirect.addFlashAttribute("flash", "model.flash.replicated");
        return "redirect:/models/" + id;
    }

    @GetMapping("/models/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId) {
        models.get(id);
        return download(attachments, id, fileId);
    }

    static ResponseEntity<Resource> download(AttachmentService attachments, long id, long fileId) {
        var file = attachments.find(fileId)
                .filter(a -> a.ownerType().equals(Models.ENTITY) && a.ownerId() == id)
                .orElseThrow(() -> new NotFoundException("attachment", fileId));
        return attachments.download(file);
    }

    // ------------------------------------------------------------------ criteria

    @GetMapping("/models/criteria")
    String criteria(Model model) {
        criteria.requireEditor();
        model.addAttribute("criteria", criteria.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return CRITERIA;
    }

    @PostMapping("/models/criteria")
    String addCriterion(@RequestParam(required = false) String name, @RequestParam(required = false) String maxPoints,
            @RequestParam(required = false) String position, Model model, RedirectAttributes redirect) {
        List<Problem> problems = criteria.add(name, maxPoints, position);
        if (!problems.isEmpty()) {
            model.addAttribute("errors", byField(problems));
            model.addAttribute("newName", name);
            model.addAttribute("newMaxPoints", maxPoints);
            model.addAttribute("newPosition", position);
            return criteria(model);
        }
        redirect.addFlashAttribute("flash", "model.flash.criteria");
        return "redirect:/models/criteria";
    }

    @PostMapping("/models/criteria/{id}")
    String updateCriterion(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String maxPoints, @RequestParam(required = false) String position,
            @RequestParam(defaultValue = "false") boolean active, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        List<Problem> problems = criteria.update(id, name, maxPoints, position, active, version);
        if (!problems.isEmpty()) {
            model.addAttribute("errors", byField(problems));
            model.addAttribute("failedId", id);
            return criteria(model);
        }
        redirect.addFlashAttribute("flash", "model.flash.criteria");
        return "redirect:/models/criteria";
    }

    // ------------------------------------------------------------------ helpers

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The problems by field ("" for the whole form), the first of each field. */
    static Map<String, Problem> byField(List<Problem> problems) {
        Map<String, Problem> map = new HashMap<>();
        for (Problem p : problems) {
            map.putIfAbsent(p.field() == null ? "" : p.field(), p);
        }
        return map;
    }

    /** A choice that is not among the form's own options (kind, field) can only come from a tampered form. */
    private static void requireBound(ModelForm form, BindingResult result) {
        if (form == null || result.hasErrors()) {
            throw new InvalidRequestException("model.error.formInvalid");
        }
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
