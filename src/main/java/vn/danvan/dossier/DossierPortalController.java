package vn.danvan.dossier;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.AddressRateLimits;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The public lookup of a dossier by its code, no sign-in, and the citizen's rating once the result was
 * returned. Lookups per client address and hour are limited (the address is only counted in memory) so
 * that codes cannot be tried in bulk. Shows no applicant data.
 */
@Controller
class DossierPortalController {

    static final String VIEW = "dossier/portal-lookup";
    static final int LOOKUPS_PER_HOUR = 60;
    private static final List<Choice> RATINGS = IntStream.rangeClosed(1, 5)
            .mapToObj(r -> Choice.ofKey(r, "dossier.lookup.rating." + r)).toList();

    private final DossierLookup lookup;
    private final AddressRateLimit limit;

    DossierPortalController(DossierLookup lookup, AddressRateLimits limits) {
        this.lookup = lookup;
        this.limit = limits.of("dossier.lookup", LOOKUPS_PER_HOUR, Duration.ofHours(1));
    }

    /** The code asked for: the object of the lookup form (a GET, not bound, see portal-lookup.html). */
    record Lookup(String code) {
    }

    @GetMapping("/portal/dossiers/lookup")
    String lookup(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("lookup", new Lookup(code));
        if (code == null || code.isBlank()) {
            return VIEW;
        }
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("lookupError", "dossier.lookup.tooMany");
            return VIEW;
        }
        var found = lookup.find(code);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("lookupError", "dossier.lookup.notFound");
            return VIEW;
        }
        model.addAttribute("ratingForm", new RatingForm(found.get().code(), null));
        return show(found.get(), model);
    }

    @PostMapping("/portal/dossiers/rate")
    String rate(@Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        // the code is hidden: one that does not name a dossier is a tampered page (400)
        PublicDossier d = result.hasFieldErrors("code") ? null : lookup.find(form.code()).orElse(null);
        if (d == null) {
            throw new InvalidRequestException("dossier.lookup.notFound");
        }
        if (result.hasErrors()) {
            Forms.reject(result, lookup.check(d));
            return show(d, model);
        }
        String rated;
        try {
            rated = lookup.rate(form);
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return show(d, model);
        }
        redirect.addFlashAttribute("flash", "dossier.lookup.thanks");
        redirect.addAttribute("code", rated);
        return "redirect:/portal/dossiers/lookup";
    }

    private String show(PublicDossier d, Model model) {
        model.addAttribute("lookup", new Lookup(d.code()));
        model.addAttribute("dossier", d);
        model.addAttribute("ratings", RATINGS);
        return VIEW;
    }
}
