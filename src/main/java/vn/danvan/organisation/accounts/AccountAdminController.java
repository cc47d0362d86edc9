package vn.danvan.organisation.accounts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.shared.web.TableExport;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.PersonView;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.people.PersonRepository;
import vn.danvan.organisation.units.UnitPage;
import vn.danvan.organisation.units.UnitRepository;

/**
 * Administrators list, create and edit accounts, reset a forgotten password and unlock an account
 * locked after failed sign-ins. A temporary password is shown once, in the answer to the reset,
 * and is kept nowhere else (not in the session, not in a log).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    static final String LIST = "organisation/accounts";
    static final String FORM = "organisation/accountForm";
    static final String DETAIL = "organisation/account";
    /** "Locked until 14:30 05/04/2018": the time first, as it is what the person waits for. */
    static final DateTimeFormatter LOCK_FORMAT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    /** The people offered in the new account form's list. */
    static final int PERSON_CHOICES = 1000;

    private final UnitPicker picker;
    private final AccountAdministration administration;
    private final AccountRepository accounts;
    private final PersonRepository people;
    private final UnitRepository units;
    private final OrganisationScope scope;
    private final PasswordPolicy policy;
    private final MessageSource messages;
    private final Clock clock;

    AccountAdminController(UnitPicker picker, AccountAdministration administration, AccountRepository accounts, PersonRepository people,
            UnitRepository units, OrganisationScope scope, PasswordPolicy policy, MessageSource messages,
            Clock clock) {
        this.picker = picker;
        this.administration = administration;
        this.accounts = accounts;
        this.people = people;
        this.units = units;
        this.scope = scope;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** The initial password is kept exactly as typed, as the sign-in form will send it. */
    @InitBinder("accountForm")
    void keepPasswordAsTyped(WebDataBinder binder) {
        PasswordAsTyped.register(binder);
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            PageQuery page, Model model) {
        OffsetDateTime now = now();
        PageOf<AccountView> accounts = this.accounts.page(unitId == null ? null : Set.of(unitId), q, page);
        model.addAttribute("page", accounts.with(accounts.rows().stream().map(a -> row(a, now)).toList()));
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("filter", new ListFilter(q, unitId));
        model.addAttribute("unitChoices", picker.field(units.tree(), UnitPage::indented, UnitPicker.Scope.ANY));
        return LIST;
    }

    @GetMapping("/admin/accounts/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "xlsx") String format) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "account.username", "account.person", "account.unit", "account.roles", "account.status", "account.lastSignIn");
        List<List<Object>> rows = new ArrayList<>();
        for (AccountRow r : filter(q, unitId)) {
            AccountView a = r.account();
            String roles = String.join(", ", r.roles().stream()
                    .map(role -> messages.getMessage(role.messageKey(), null, locale)).toList());
            rows.add(List.of(a.username(), a.personName(), a.unitName(), roles, statusText(r, locale),
                    r.lastSignInAt() == null ? "" : r.lastSignInAt().format(DanVanTime.DATE_TIME)));
        }
        return TableExport.of(format, "tai-khoan", header, rows);
    }

    @GetMapping("/admin/accounts/new")
    String initCreateForm(@RequestParam(required = false) Long personId, Model model) {
        model.addAttribute("accountForm", AccountCreateForm.empty(personId));
        return form(model, null);
    }

    @PostMapping("/admin/accounts")
    String processCreateForm(@Valid @ModelAttribute("accountForm") AccountCreateForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = administration.create(form.normalisedUsername(), form.personId(), form.unitId(),
                    form.chosenRoles(), form.password(), true);
            redirect.addFlashAttribute("flash", "account.created");
            return "redirect:/admin/accounts/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/admin/accounts/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("row", row(administration.require(id), now()));
        return DETAIL;
    }

    @GetMapping("/admin/accounts/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        AccountView account = administration.require(id);
        model.addAttribute("accountForm", AccountEditForm.of(account));
        return form(model, account);
    }

    @PostMapping("/admin/accounts/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountEditForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        AccountView account = administration.require(id);
        if (result.hasErrors()) {
            return form(model, account);
        }
        try {
            refuseSelfLockout(account, form);
            administration.update(id, form.version() == null ? -1 : form.version(), form.unitId(),
                    form.chosenRoles(), form.maySignIn());
            redirect.addFlashAttribute("flash", "account.updated");
            return "redirect:/admin/accounts/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model, account);
        }
    }

    /** Answers with the account page showing the new temporary password; a reload does not show it again. */
    @PostMapping("/admin/accounts/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model) {
        administration.require(id);
        model.addAttribute("temporaryPassword", administration.resetPassword(id));
        model.addAttribute("flash", "account.passwordReset");
        model.addAttribute("row", row(administration.require(id), now()));
        return DETAIL;
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        administration.require(id);
        administration.unlock(id);
        redirect.addFlashAttribute("flash", "account.unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    /** An administrator cannot disable their own account or take away their own ADMIN role. */
    private void refuseSelfLockout(AccountView account, AccountEditForm form) {
        boolean self = scope.currentUser().map(u -> u.accountId() == account.id()).orElse(false);
        if (self && !form.maySignIn()) {
            throw InvalidRequestException.onField("enabled", "account.error.selfDisable");
        }
        if (self && !form.chosenRoles().contains(Role.ADMIN)) {
            throw InvalidRequestException.onField("roles", "account.error.selfAdmin");
        }
    }

    private List<AccountRow> filter(String q, Long unitId) {
        OffsetDateTime now = now();
        return accounts.list(unitId == null ? null : Set.of(unitId), q).stream().map(a -> row(a, now)).toList();
    }

    private String statusText(AccountRow r, Locale locale) {
        Object[] args = r.locked() ? new Object[] {r.lockedUntil().format(LOCK_FORMAT)} : null;
        return messages.getMessage(r.status().messageKey(), args, locale);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private String form(Model model, AccountView account) {
        model.addAttribute("account", account);
        model.addAttribute("roleChoices", Choice.ofEnum(Role::messageKey, Role.values()));
        model.addAttribute("minPasswordLength", policy.minLength());
        long currentUnit = account == null ? -1 : account.unitId();
        model.addAttribute("unitChoices", picker.field(units.tree().stream()
                .filter(u -> !u.retired() || u.id() == currentUnit).toList(), UnitPage::indented, UnitPicker.Scope.ANY));
        if (account == null) {
            model.addAttribute("personChoices", Choice.of(people.search(null, null, PERSON_CHOICES)
                    .stream().filter(p -> p.retiredOn() == null).toList(), PersonView::id,
                    p -> p.fullName() + " — " + p.unitName()));
        }
        return FORM;
    }

    static AccountRow row(AccountView a, OffsetDateTime now) {
        AccountStatus status = AccountStatus.of(a, now);
        return new AccountRow(a, status, a.roles().stream().sorted().toList(),
                a.lockedAt(now) ? VietnamTime.of(a.lockedUntil()) : null, VietnamTime.of(a.lastSignInAt()));
    }

    /**
     * An account as a line of the list and as its page: status, roles in a stable order, times in
     * Vietnam's zone. A disabled account may be locked too, and can be unlocked.
     */
    record AccountRow(AccountView account, AccountStatus status, List<Role> roles, LocalDateTime lockedUntil,
            LocalDateTime lastSignInAt) {

        public boolean locked() {
            return lockedUntil != null;
        }
    }
}
