package vn.danvan.petition.answers;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.petition.intake.TrackingCodes;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.AddressRateLimits;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.shared.web.Problem;

/**
 * The portal's search box (fragments/portal :: nav), a GET that opens no session: a petition's tracking code goes
 * to that petition's lookup page; words find the published answers, accent-free (the answers list's own search,
 * {@link PublicAnswers}). Searches are limited per client address ({@code danvan.portal.searches-per-hour}).
 */
@Controller
class PortalSearchController {

    static final String VIEW = "petition/public/search";
    /** The longest text the box takes (its maxlength). */
    static final int MAX_LENGTH = 100;
    /** At most this many words: each is a condition of the query. */
    static final int MAX_WORDS = 8;
    /** The answers the page shows; the rest are a link to the answers list with the same words. */
    static final int SHOWN = 20;

    private final PublicAnswers answers;
    private final AddressRateLimit searches;

    PortalSearchController(PublicAnswers answers, AddressRateLimits limits,
            @Value("${danvan.portal.searches-per-hour:120}") int searchesPerHour) {
        this.answers = answers;
        this.searches = limits.of("portal.search", searchesPerHour, Duration.ofHours(1));
    }

    @GetMapping("/portal/search")
    String search(@RequestParam(required = false) String q, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("q", q);
        if (request.getParameter("q") == null) {
            return VIEW; // the box alone, with what it takes
        }
        Problem problem = problem(q);
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("searchError", problem);
            return VIEW;
        }
        if (!searches.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("searchError", Problem.of("portal.search.tooMany", searches.capacity()));
            return VIEW;
        }
        if (TrackingCodes.isCode(q)) {
            // the normalised code holds letters, digits and dashes only
            return "redirect:/portal/petitions/lookup?code=" + TrackingCodes.normalise(q);
        }
        model.addAttribute("page", answers.page(new PublicAnswerFilter(null, null, null, q.strip()),
                PageQuery.first(SHOWN)));
        return VIEW;
    }

    /** What is wrong with the text typed, or null when it can be searched. */
    static Problem problem(String q) {
        String typed = q == null ? "" : q.strip();
        if (typed.isEmpty()) {
            return Problem.of("portal.search.empty");
        }
        if (typed.length() > MAX_LENGTH) {
            return Problem.of("portal.search.tooLong", MAX_LENGTH);
        }
        if (typed.chars().anyMatch(Character::isISOControl) || typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Problem.of("portal.search.noWords");
        }
        if (VietnameseText.searchKey(typed).split(" ").length > MAX_WORDS) {
            return Problem.of("portal.search.tooManyWords", MAX_WORDS);
        }
        return null;
    }
}
