package vn.danvan.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;
import vn.danvan.shared.web.TableExport;

/**
 * The disclosure register of a unit (its own for its staff; any in scope for Home Affairs and the leaders; what
 * was made public for the Front), a content's page with its disclosure, files and the residents' comments, and the
 * catalogue Home Affairs keeps.
 */
@Controller
class DisclosureController {

    static final String REGISTER = "disclosure/register";
    static final String ENTRY = "disclosure/entry";
    static final String ENTRY_FORM = "disclosure/entry-form";
    static final String CATALOGUE = "disclosure/catalogue";
    static final String ITEM_FORM = "disclosure/item-form";

    private final DisclosureRegister register;
    private final DisclosureCatalogue catalogue;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final AttachmentService attachments;
    private final MessageSource messages;

    DisclosureController(DisclosureRegister register, DisclosureCatalogue catalogue, OrganisationScope scope,
            OrganisationService organisation, AttachmentService attachments,
            MessageSource messages) {
        this.register = register;
        this.catalogue = catalogue;
        this.scope = scope;
        this.organisation = organisation;
        this.attachments = attachments;
        this.messages = messages;
    }

    /** The register's filter as shown. */
    record Filter(Long unitId, Integer year) {
    }

    @GetMapping("/disclosures")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
            Model model) {
        CurrentUser user = scope.requireUser();
        List<UnitView> units = units();
        long unit = unitId != null ? unitId : units.stream().map(UnitView::id).filter(id -> id == user.unitId())
                .findFirst().orElse(units.isEmpty() ? user.unitId() : units.get(0).id());
        int shownYear = year != null ? year : register.today().getYear();
        if (shownYear < 2000 || shownYear > register.today().getYear() + 1) {
            throw new InvalidRequestException("disclosure.error.yearRange");
        }
        List<Disclosure> rows = register.register(unit, shownYear);
        model.addAttribute("filter", new Filter(unit, shownYear));
        model.addAttribute("unitChoices", Choice.of(units, UnitView::id, UnitView::name));
        model.addAttribute("years", years());
        model.addAttribute("unit", organisation.unit(unit).orElseThrow(() -> new NotFoundException("unit", unit)));
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(d -> d.state() == DisclosureState.OVERDUE).count());
        model.addAttribute("canEdit", register.canEdit(unit));
        model.addAttribute("today", register.today());
        return REGISTER;
    }

    @GetMapping(value = "/disclosures", params = "format")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year, @RequestParam String format) {
        CurrentUser user = scope.requireUser();
        long unit = unitId != null ? unitId : user.unitId();
        int shownYear = year != null ? year : register.today().getYear();
        List<List<Object>> rows = new ArrayList<>();
        for (Disclosure d : register.register(unit, shownYear)) {
            rows.add(List.of(d.itemCode(), d.title(), DanVanTime.DATE.format(d.dueDate()),
                    text(d.state().messageKey()), d.publicFrom() == null ? "" : DanVanTime.DATE.format(d.publicFrom()),
                    d.publicTo() == null ? "" : DanVanTime.DATE.format(d.publicTo()),
                    String.join(", ", d.channels().stream().sorted().map(c -> text(c.messageKey())).toList())));
        }
        return TableExport.of(format, "so-cong-khai-" + shownYear, TableExport.header(messages, "disclosure.item",
                "disclosure.title", "disclosure.dueDate", "disclosure.state", "disclosure.publicFrom",
                "disclosure.publicTo", "disclosure.channels"), rows);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The units whose register the user may open: those in scope that the catalogue applies to. */
    private List<UnitView> units() {
        List<UnitKind> kinds = catalogue.all().stream().filter(CatalogueItem::active)
                .flatMap(i -> i.unitKinds().stream()).distinct().toList();
        return organisation.activeUnits().stream().filter(u -> kinds.contains(u.kind()))
                .filter(u -> register.mayRead(u.id())).toList();
    }

    private List<Choice> years() {
        int now = register.today().getYear();
        return IntStream.iterate(now + 1, y -> y >= now - 5, y -> y - 1).boxed()
                .map(y -> Choice.of(y, String.valueOf(y))).toList();
    }

    @GetMapping("/disclosures/new")
    String initAddForm(@RequestParam long unitId, Model model) {
        register.requireEditor(unitId);
        model.addAttribute("entryForm", EntryForm.blank(unitId));
        return entryForm(unitId, model);
    }

    @PostMapping("/disclosures")
    String add(@Valid @ModelAttribute("entryForm") EntryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.unitId() == null) {
            throw InvalidRequestException.onField("unitId", "error.parameter.invalid", "unitId");
        }
        register.requireEditor(form.unitId());
        if (result.hasErrors()) {
            return entryForm(form.unitId(), model);
        }
        DisclosureRegister.Added added = register.add(form.unitId(), form);
        if (!added.problems().isEmpty()) {
            Forms.reject(result, added.problems());
            return entryForm(form.unitId(), model);
        }
        redirect.addFlashAttribute("flash", "disclosure.done.added");
        return "redirect:/disclosures/" + added.id();
    }

    private String entryForm(long unitId, Model model) {
        model.addAttribute("unit", organisation.unit(unitId).orElseThrow());
        model.addAttribute("items", Choice.of(register.itemsFor(unitId), CatalogueItem::id,
                i -> i.code() + " - " + i.title()));
        return ENTRY_FORM;
    }

    @PostMapping("/disclosures/periodic")
    String addPeriodic(@Valid PeriodicForm form, BindingResult result, RedirectAttributes redirect) {
        Forms.requireValid(result);
        long unitId = form.unitId();
        int year = form.year();
        if (year > register.today().getYear() + 1) {
            throw new InvalidRequestException("disclosure.error.yearRange");
        }
        int added = register.addPeriodic(unitId, year);
        redirect.addFlashAttribute("flash", "disclosure.done.periodic");
        redirect.addFlashAttribute("flashArgs", List.of(added, String.valueOf(year)));
        return "redirect:/disclosures?unitId=" + unitId + "&year=" + year;
    }

    @GetMapping("/disclosures/{disclosureId}")
    String show(@PathVariable long disclosureId, Model model) {
        Disclosure d = register.get(disclosureId);
        if (!model.containsAttribute("discloseForm")) {
            model.addAttribute("discloseForm", DiscloseForm.blank(d.version()));
        }
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", CommentForm.blank());
        }
        return entry(d, model);
    }

    private String entry(Disclosure d, Model model) {
        CatalogueItem item = catalogue.get(d.itemId());
        model.addAttribute("disclosure", d);
        model.addAttribute("item", item);
        model.addAttribute("canEdit", register.canEdit(d.unitId()));
        model.addAttribute("channelChoices", item.channels().stream().sorted()
                .map(c -> Choice.ofKey(c.name(), c.messageKey())).toList());
        model.addAttribute("files", register.files(d.id()));
        model.addAttribute("comments", register.comments(d.id()));
        model.addAttribute("blankAnswer", new AnswerForm(null, null));
        model.addAttribute("keepUntil", d.publicFrom() == null ? null
                : d.publicFrom().plusDays(Math.max(item.keepPublicDays(), 1) - 1L));
        model.addAttribute("today", register.today());
        return ENTRY;
    }

    @PostMapping("/disclosures/{disclosureId}/disclose")
    String disclose(@PathVariable long disclosureId, @Valid @ModelAttribute("discloseForm") DiscloseForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Disclosure d = register.get(disclosureId);
        register.requireEditor(d.unitId());
        if (result.hasErrors()) {
            // the rules too, so that every message shows at once
            Forms.reject(result, register.check(d, form).stream().filter(p -> !result.hasFieldErrors(p.field())).toList());
            model.addAttribute("commentForm", CommentForm.blank());
            return entry(d, model);
        }
        try {
            List<Problem> problems = register.disclose(disclosureId, form);
            if (!problems.isEmpty()) {
                Forms.rejectOnPage(result, problems, model);
                model.addAttribute("commentForm", CommentForm.blank());
                return entry(d, model);
            }
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            model.addAttribute("commentForm", CommentForm.blank());
            return entry(register.get(disclosureId), model);
        }
        redirect.addFlashAttribute("flash", "disclosure.done.disclosed");
        return "redirect:/disclosures/" + disclosureId;
    }

    @PostMapping("/disclosures/{disclosureId}/comments")
    String comment(@PathVariable long disclosureId, @Valid @ModelAttribute("commentForm") CommentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Disclosure d = register.get(disclosureId);
        register.requireEditor(d.unitId());
        if (!result.hasErrors()) {
            List<Problem> problems = register.comment(disclosureId, form);
            if (problems.isEmpty()) {
                redirect.addFlashAttribute("flash", "disclosure.done.comment");
                return "redirect:/disclosures/" + disclosureId + "#comments";
            }
            Forms.rejectOnPage(result, problems, model);
        }
        model.addAttribute("discloseForm", DiscloseForm.blank(d.version()));
        return entry(d, model);
    }

    @PostMapping("/disclosures/{disclosureId}/comments/{commentId}/answer")
    String answer(@PathVariable long disclosureId, @PathVariable long commentId,
            @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Disclosure d = register.get(disclosureId);
        register.requireEditor(d.unitId());
        if (result.hasErrors()) {
            model.addAttribute("answerFor", commentId);
            model.addAttribute("discloseForm", DiscloseForm.blank(d.version()));
            model.addAttribute("commentForm", CommentForm.blank());
            return entry(d, model);
        }
        register.answer(disclosureId, commentId, form);
        redirect.addFlashAttribute("flash", "disclosure.done.answer");
        return "redirect:/disclosures/" + disclosureId + "#comments";
    }

    @GetMapping("/disclosures/{disclosureId}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long disclosureId, @PathVariable long fileId) {
        var file = register.files(disclosureId).stream().filter(a -> a.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return attachments.download(file);
    }

    // ---- the catalogue

    @GetMapping("/disclosures/catalogue")
    String catalogue(Model model) {
        model.addAttribute("items", catalogue.all());
        model.addAttribute("canEdit", catalogue.canEdit());
        return CATALOGUE;
    }

    @GetMapping("/disclosures/catalogue/new")
    String initItemForm(Model model) {
        catalogue.requireEditor();
        model.addAttribute("itemForm", CatalogueForm.blank());
        return itemForm(null, model);
    }

    @PostMapping("/disclosures/catalogue")
    String createItem(@Valid @ModelAttribute("itemForm") CatalogueForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        catalogue.requireEditor();
        if (!result.hasErrors()) {
            List<Problem> problems = catalogue.create(form);
            if (problems.isEmpty()) {
                redirect.addFlashAttribute("flash", "disclosure.done.itemSaved");
                return "redirect:/disclosures/catalogue";
            }
            Forms.reject(result, problems);
        }
        return itemForm(null, model);
    }

    @GetMapping("/disclosures/catalogue/{itemId}/edit")
    String initItemEditForm(@PathVariable long itemId, Model model) {
        catalogue.requireEditor();
        CatalogueItem item = catalogue.get(itemId);
        model.addAttribute("itemForm", CatalogueForm.of(item));
        return itemForm(item, model);
    }

    @PostMapping("/disclosures/catalogue/{itemId}")
    String updateItem(@PathVariable long itemId, @Valid @ModelAttribute("itemForm") CatalogueForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        catalogue.requireEditor();
        CatalogueItem item = catalogue.get(itemId);
        if (!result.hasErrors()) {
            List<Problem> problems = catalogue.update(itemId, form);
            if (problems.isEmpty()) {
                redirect.addFlashAttribute("flash", "disclosure.done.itemSaved");
                return "redirect:/disclosures/catalogue";
            }
            Forms.reject(result, problems);
        }
        return itemForm(item, model);
    }

    private String itemForm(CatalogueItem item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("channelChoices", Choice.ofEnum(DisclosureChannel::messageKey, DisclosureChannel.values()));
        model.addAttribute("cadenceChoices", Choice.ofEnum(Cadence::messageKey, Cadence.values()));
        model.addAttribute("kindChoices", Choice.ofEnum(UnitKind::messageKey, UnitKind.values()));
        return ITEM_FORM;
    }
}
