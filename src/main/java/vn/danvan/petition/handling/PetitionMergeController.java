package vn.danvan.petition.handling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/** Similar petitions shown beside a petition, and merging one into another. */
@Controller
class PetitionMergeController {

    static final String SUGGESTIONS = "petition/duplicates :: suggestions";
    static final String SUGGESTIONS_PAGE = "petition/duplicatesPage";

    private final PetitionHandling handling;
    private final PetitionDuplicates duplicates;
    private final PetitionMerging merging;
    private final OrganisationScope scope;

    PetitionMergeController(PetitionHandling handling, PetitionDuplicates duplicates, PetitionMerging merging,
            OrganisationScope scope) {
        this.handling = handling;
        this.duplicates = duplicates;
        this.merging = merging;
        this.scope = scope;
    }

    /**
     * The card of similar petitions, loaded into the detail page by htmx; without JavaScript the
     * detail page links here and gets it as a page of its own.
     */
    @GetMapping("/petitions/{id}/duplicates")
    String duplicates(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Petition p = handling.visible(id);
        CurrentUser user = scope.requireUser();
        model.addAttribute("petition", p);
        model.addAttribute("duplicates", duplicates.similarTo(p, PetitionDuplicates.MAX));
        model.addAttribute("canMerge", p.unitId() != null && p.status().allows(PetitionStatus.MERGED)
                && (user.has(Role.UNIT_HEAD) || user.has(Role.OFFICER) || user.has(Role.HOME_AFFAIRS)));
        return htmx != null ? SUGGESTIONS : SUGGESTIONS_PAGE;
    }

    /** Which petition this one follows: chosen among the similar ones shown (a hidden field of each). */
    record MergeForm(@NotNull(message = "{petition.error.choose}") Long originalId) {
    }

    /** Merges this petition into the chosen original. */
    @PostMapping("/petitions/{id}/merge")
    String merge(@PathVariable long id, @Valid MergeForm form, BindingResult result, RedirectAttributes redirect) {
        Forms.requireValid(result);
        try {
            merging.merge(id, form.originalId());
            redirect.addFlashAttribute("flash", "petition.duplicates.merged");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.arguments());
        }
        return "redirect:/petitions/" + id;
    }
}
