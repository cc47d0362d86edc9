package vn.danvan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

    private final UnitPicker picker;
    private final Models models;
    private final ModelCriteria criteria;
    private final AttachmentService attachments;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ModelController(UnitPicker picker, Models models, ModelCriteria criteria, AttachmentService attachments,
            MessageSource messages, java.time.Clock clock) {
        this.picker = picker;
        this.models = models;
        this.criteria = criteria;
        this.attachments = attachments;
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
        requireRegistrar();
        ModelForm form = ModelForm.empty(kind, currentYear());
        model.addAttribute("form", form);
        return form(form, model);
    }

    private void requireRegistrar() {
        if (!models.mayRegister()) {
            throw new AccessDeniedException("may not register models");
        }
    }

    @PostMapping("/models")
    String processRegisterForm(@Valid @ModelAttribute("form") ModelForm form, BindingResult result, Model model) {
        requireRegistrar();
        requireUntampered(result);
        if (result.hasErrors()) {
            // the rules of the kind too, so that every message shows at once
            Forms.reject(result, ModelRules.checkRegistration(form, currentYear()));
            return form(form, model);
        }
        Models.Saved saved;
        try {
            saved = models.register(form);
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(form, model);
        }
        if (!saved.problems().isEmpty()) {
            Forms.reject(result, saved.problems());
            return form(form, model);
        }
        return "redirect:/models/" + saved.id();
    }

    /*
     * An entry's addresses name it {modelId}, not {id}: a path variable is a variable of the page, and
     * fragments/forms reads "id" as the id of a field it draws.
     */
    @GetMapping("/models/{modelId}/edit")
    String initEditForm(@PathVariable("modelId") long id, Model model) {
        ModelEntry e = models.getForChange(id);
        ModelForm form = models.formOf(e);
        model.addAttribute("form", form);
        model.addAttribute("entry", e);
        return form(form, model);
    }

    @PostMapping("/models/{modelId}")
    String processEditForm(@PathVariable("modelId") long id, @Valid @ModelAttribute("form") ModelForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ModelEntry e = models.getForChange(id);
        requireUntampered(result);
        model.addAttribute("entry", e);
        if (result.hasErrors()) {
            Forms.reject(result, ModelRules.checkRegistration(form, currentYear()));
            return form(form, model);
        }
        List<Problem> problems = models.update(id, form);
        if (!problems.isEmpty()) {
            Forms.reject(result, problems);
            return form(form, model);
        }
        redirect.addFlashAttribute("flash", "model.flash.saved");
        return "redirect:/models/" + id;
    }

    /** The form page; its kind (a model or a person) decides the title and the fields. */
    private String form(ModelForm form, Model model) {
        model.addAttribute("fields", Choice.ofEnum(ModelField::messageKey, ModelField.values()));
        model.addAttribute("entryKind", form.kind() == null ? EntryKind.MODEL : form.kind());
        return FORM;
    }

    @GetMapping("/models/{modelId}")
    String detail(@PathVariable("modelId") long id, Model model) {
        return render(models.get(id), model);
    }

    /** The entry with its action forms; a form that came back with errors keeps what was typed. */
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
        if (!model.containsAttribute("filesForm")) {
            model.addAttribute("filesForm", new FilesForm(List.of(), List.of()));
        }
        if (models.mayEvaluate(e)) {
            model.addAttribute("criteria", criteria.active());
            model.addAttribute("results", List.of(
                    Choice.ofKey(ModelStatus.RECOGNISED, ModelStatus.RECOGNISED.messageKey())
                            .withId("result-recognised"),
                    Choice.ofKey(ModelStatus.NOT_RECOGNISED, ModelStatus.NOT_RECOGNISED.messageKey())
                            .withId("result-not-recognised")));
            if (!model.containsAttribute("modelEvaluationForm")) {
                model.addAttribute("modelEvaluationForm", new EvaluationForm(Map.of(), null, null, null, currentYear(),
                        e.version()));
            }
        }
        if (models.mayRecordReplication(e)) {
            model.addAttribute("units", picker.field(UnitPicker.Scope.ANY));
            if (!model.containsAttribute("replicationForm")) {
                model.addAttribute("replicationForm", new ReplicationForm(null, null, null));
            }
        }
        return DETAIL;
    }

    @PostMapping("/models/{modelId}/submit")
    String submit(@PathVariable("modelId") long id, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        models.getForChange(id);
        Forms.requireValid(result);
        models.submit(id, form.version());
        redirect.addFlashAttribute("flash", "model.flash.submitted");
        return "redirect:/models/" + id;
    }

    @PostMapping("/models/{modelId}/files")
    String addFiles(@PathVariable("modelId") long id, @Valid @ModelAttribute("filesForm") FilesForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ModelEntry e = models.getForChange(id);
        if (!result.hasErrors()) {
            try {
                models.addFiles(id, form);
                redirect.addFlashAttribute("flash", "model.flash.files");
                return "redirect:/models/" + id;
            } catch (InvalidRequestException ex) {
                Forms.reject(result, ex);
            }
        }
        return render(e, model);
    }

    @PostMapping("/models/{modelId}/evaluation")
    String evaluate(@PathVariable("modelId") long id,
            @Valid @ModelAttribute("modelEvaluationForm") EvaluationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ModelEntry e = models.getForEvaluation(id);
        if (binding.hasFieldErrors("version")) {
            Forms.requireValid(binding);
        }
        if (binding.hasErrors()) {
            Forms.reject(binding, models.check(form));
            return render(e, model);
        }
        List<Problem> problems = models.evaluate(id, form);
        if (!problems.isEmpty()) {
            Forms.reject(binding, problems);
            return render(e, model);
        }
        redirect.addFlashAttribute("flash", "model.flash.evaluated");
        return "redirect:/models/" + id;
    }

    @PostMapping("/models/{modelId}/replications")
    String replicate(@PathVariable("modelId") long id, @Valid @ModelAttribute("replicationForm") ReplicationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ModelEntry e = models.getForReplication(id);
        if (!result.hasErrors()) {
            List<Problem> problems = models.replicate(id, form);
            if (problems.isEmpty()) {
                redirect.addFlashAttribute("flash", "model.flash.replicated");
                return "redirect:/models/" + id;
            }
            Forms.reject(result, problems);
        }
        return render(e, model);
    }

    @GetMapping("/models/{modelId}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable("modelId") long id, @PathVariable long fileId) {
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
        model.addAttribute("uses", List.of(Choice.ofKey(true, "model.criteria.active.true"),
                Choice.ofKey(false, "model.criteria.active.false")));
        if (!model.containsAttribute("criterionForm")) {
            model.addAttribute("criterionForm", CriterionForm.empty());
        }
        if (!model.containsAttribute("newCriterionForm")) {
            model.addAttribute("newCriterionForm", CriterionForm.empty());
        }
        return CRITERIA;
    }

    @PostMapping("/models/criteria")
    String addCriterion(@Valid @ModelAttribute("newCriterionForm") CriterionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        criteria.requireEditor();
        if (result.hasErrors()) {
            return criteria(model);
        }
        criteria.add(form);
        redirect.addFlashAttribute("flash", "model.flash.criteria");
        return "redirect:/models/criteria";
    }

    /**
     * A criterion's row; the row that came back with errors is drawn from the form (failedId), the others
     * from the criteria.
     */
    @PostMapping("/models/criteria/{criterionId}")
    String updateCriterion(@PathVariable("criterionId") long id,
            @Valid @ModelAttribute("criterionForm") CriterionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        criteria.requireEditor();
        if (result.hasFieldErrors("version")) {
            Forms.requireValid(result);
        }
        if (result.hasErrors()) {
            model.addAttribute("failedId", id);
            return criteria(model);
        }
        criteria.update(id, form);
        redirect.addFlashAttribute("flash", "model.flash.criteria");
        return "redirect:/models/criteria";
    }

    // ------------------------------------------------------------------ helpers

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private int currentYear() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
    }

    /**
     * The hidden fields (the kind, the version) and the choices of a form can only be wrong when the page
     * was tampered with: a 400 with a message, not the form again.
     */
    private static void requireUntampered(BindingResult result) {
        if (result.hasFieldErrors("kind") || result.hasFieldErrors("version")) {
            throw new InvalidRequestException("model.error.formInvalid");
        }
    }
}
