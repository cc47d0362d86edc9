package vn.danvan.organisation.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.organisation.security.AccountDetailsService;
import vn.danvan.organisation.security.AccountPrincipal;

/**
 * What every signed-in person does with their own account: change their password (and, after an
 * administrator's reset, nothing else until they have), and manage their personal API tokens. A
 * token's secret is shown once, in the answer to its creation, and is kept nowhere else.
 */
@Controller
public class AccountController {

    static final String PASSWORD = "account/password";
    static final String TOKENS = "account/tokens";

    private final AccountAdministration administration;
    private final AccountRepository accounts;
    private final AccountDetailsService details;
    private final ApiTokens tokens;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(AccountAdministration administration, AccountRepository accounts, AccountDetailsService details,
            ApiTokens tokens, PasswordPolicy policy, Clock clock) {
        this.administration = administration;
        this.accounts = accounts;
        this.details = details;
        this.tokens = tokens;
        this.policy = policy;
        this.clock = clock;
    }

    @InitBinder("passwordForm")
    void keepPasswordsAsTyped(WebDataBinder binder) {
        PasswordAsTyped.register(binder);
    }

    @GetMapping(PasswordChangeRequired.PATH)
    String initPasswordForm(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return passwordForm(model, principal());
    }

    @PostMapping(PasswordChangeRequired.PATH)
    String processPasswordForm(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        AccountPrincipal principal = principal();
        if (result.hasErrors()) {
            return passwordForm(model, principal);
        }
        long accountId = principal.user().accountId();
        try {
            administration.changeOwnPassword(accountId, form.currentPassword(), form.newPassword(),
                    form.confirmation());
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return passwordForm(model, principal);
        }
        signInAgain(accountId, request, response);
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/home";
    }

    @GetMapping("/account/tokens")
    String listTokens(Model model) {
        model.addAttribute("tokenForm", TokenForm.defaults(today()));
        return tokens(model, principal());
    }

    @PostMapping("/account/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model) {
        AccountPrincipal principal = principal();
        if (result.hasErrors()) {
            return tokens(model, principal);
        }
        try {
            String secret = tokens.create(principal.user().accountId(), form.cleanName(), form.expiresOn());
            model.addAttribute("secret", secret);
            model.addAttribute("createdName", form.cleanName());
            model.addAttribute("curlExample", "curl -H \"Authorization: Bearer " + secret + "\" "
                    + ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/me").toUriString());
            model.addAttribute("flash", "token.created");
            model.addAttribute("tokenForm", TokenForm.defaults(today()));
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
        }
        return tokens(model, principal);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(principal().user().accountId(), id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/account/tokens";
    }

    /** The signed-in account (this controller's addresses are for signed-in people only). */
    private static AccountPrincipal principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return principal;
        }
        throw new AccessDeniedException("not signed in");
    }

    /**
     * The principal in the session still says "must change password", and {@link PasswordChangeRequired}
     * would keep sending the person back here: replace it with one read afresh and store it.
     */
    private void signInAgain(long accountId, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal fresh = details.principal(accounts.find(accountId).orElseThrow());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private String passwordForm(Model model, AccountPrincipal principal) {
        model.addAttribute("forced", principal.mustChangePassword());
        model.addAttribute("username", principal.getUsername());
        model.addAttribute("minPasswordLength", policy.minLength());
        return PASSWORD;
    }

    private String tokens(Model model, AccountPrincipal principal) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<TokenRow> rows = tokens.of(principal.user().accountId()).stream().map(t -> TokenRow.of(t, now))
                .toList();
        model.addAttribute("tokens", rows);
        return TOKENS;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A token as its owner's list shows it, times in Vietnam's zone. {@code validUntil} is the last
     * day the token works: {@link ApiTokens} ends it at the start of the next day.
     */
    public record TokenRow(ApiTokenView token, TokenStatus status, LocalDateTime createdAt, LocalDate validUntil,
            LocalDateTime lastUsedAt) {

        public static TokenRow of(ApiTokenView t, OffsetDateTime now) {
            return new TokenRow(t, TokenStatus.of(t, now), VietnamTime.of(t.createdAt()),
                    VietnamTime.of(t.expiresAt()).minusNanos(1).toLocalDate(), VietnamTime.of(t.lastUsedAt()));
        }
    }
}
