package vn.danvan.organisation.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.shared.web.TableExport;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.PersonView;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.ListFilter;
import vn.danvan.organisation.units.UnitPage;
import vn.danvan.organisation.units.UnitRepository;

/** Administrators list, add and edit people (cán bộ) and appoint the head of a unit. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
public class PersonAdminController {

    static final String LIST = "organisation/people";
    static final String FORM = "organisation/personForm";

    private final UnitPicker picker;
    private final PersonAdministration administration;
    private final PersonRepository people;
    private final UnitRepository units;
    private final AccountRepository accounts;
    private final MessageSource messages;

    PersonAdminController(UnitPicker picker, PersonAdministration administration, PersonRepository people, UnitRepository units,
            AccountRepository accounts, MessageSource messages) {
        this.picker = picker;
        this.administration = administration;
        this.people = people;
        this.units = units;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/admin/people")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            PageQuery page, Model model) {
        PageOf<PersonView> people = this.people.page(unitId == null ? null : Set.of(unitId), q, page);
        model.addAttribute("page", people.with(rows(people.rows())));
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("filter", new ListFilter(q, unitId));
        model.addAttribute("unitChoices", picker.field(units.tree(), UnitPage::indented, UnitPicker.Scope.ANY));
        return LIST;
    }

    @GetMapping("/admin/people/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "xlsx") String format) {
        var locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "person.fullName", "person.title", "person.unit", "person.email", "person.phone", "person.head", "person.account");
        String yes = messages.getMessage("common.yes", null, locale);
        List<List<Object>> rows = new ArrayList<>();
        for (PersonRow r : filter(q, unitId)) {
            PersonView p = r.person();
            rows.add(Arrays.asList(p.fullName(), p.title(), p.unitName(), p.email(), p.phone(),
                    r.head() ? yes : "", r.username()));
        }
        return TableExport.of(format, "can-bo", header, rows);
    }

    @GetMapping("/admin/people/new")
    String initCreateForm(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("personForm", PersonForm.empty(unitId));
        return form(model, null, null);
    }

    @PostMapping("/admin/people")
    String processCreateForm(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null, null);
        }
        try {
            administration.create(form.data(), form.appointsHead());
            redirect.addFlashAttribute("flash", "person.created");
            return "redirect:/units/" + form.unitId();
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model, null, null);
        }
    }

    @GetMapping("/admin/people/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        PersonView person = administration.require(id);
        model.addAttribute("personForm", PersonForm.of(person, isHead(person)));
        return form(model, id, person.unitId());
    }

    @PostMapping("/admin/people/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PersonView person = administration.require(id);
        if (result.hasErrors()) {
            return form(model, id, person.unitId());
        }
        try {
            administration.update(id, form.version() == null ? -1 : form.version(), form.data(), form.appointsHead());
            redirect.addFlashAttribute("flash", "person.updated");
            return "redirect:/units/" + form.unitId();
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model, id, person.unitId());
        }
    }

    /** Every person that passes the filter (the export). */
    private List<PersonRow> filter(String q, Long unitId) {
        return rows(people.search(unitId == null ? null : Set.of(unitId), q, Integer.MAX_VALUE));
    }

    private List<PersonRow> rows(List<PersonView> list) {
        Set<Long> heads = units.tree().stream().map(UnitView::headPersonId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> usernames = list.size() > 1000 ? accounts.usernamesByPerson()
                : accounts.usernamesOf(list.stream().map(PersonView::id).toList());
        return list.stream().map(p -> new PersonRow(p, heads.contains(p.id()), usernames.get(p.id()))).toList();
    }

    private boolean isHead(PersonView person) {
        return units.find(person.unitId()).map(u -> Long.valueOf(person.id()).equals(u.headPersonId()))
                .orElse(false);
    }

    /** Units a person may be placed in: the active ones, and the one they are in now. */
    private String form(Model model, Long id, Long currentUnitId) {
        model.addAttribute("personId", id);
        model.addAttribute("unitChoices", picker.field(units.tree().stream()
                .filter(u -> !u.retired() || Long.valueOf(u.id()).equals(currentUnitId))
                .toList(), UnitPage::indented, UnitPicker.Scope.ANY));
        return FORM;
    }

    /** A line of the people list: the person, whether they head their unit, and their account(s) if any. */
    record PersonRow(PersonView person, boolean head, String username) {
    }
}
