package vn.danvan.dossier;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.AddressRateLimit;
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

    private final DossierLookup lookup;
    private final AddressRateLimit limit = new AddressRateLimit(LOOKUPS_PER_HOUR, Duration.ofHours(1));

    DossierPortalController(DossierLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/portal/dossiers/lookup")
    String lookup(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("code", code);
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
        model.addAttribute("dossier", found.get());
        return VIEW;
    }

    @PostMapping("/portal/dossiers/rate")
    String rate(@RequestParam(required = false) String code, @RequestParam(required = false) String rating,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String rated;
        try {
            rated = lookup.rate(code, rating);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("code", code);
            lookup.find(code).ifPresent(d -> model.addAttribute("dossier", d));
            model.addAttribute("rateError", e);
            return VIEW;
        }
        redirect.addFlashAttribute("flash", "dossier.lookup.thanks");
        return "redirect:/portal/dossiers/lookup?code=" + rated;
    }
}
