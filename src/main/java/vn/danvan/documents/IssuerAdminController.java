package vn.danvan.documents;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.NotFoundException;

/**
 * The administrator's list of issuers: each unit's abbreviation in document symbols ("NV" may
 * become "PNV") and the place name of its date line. A People's Committee always signs as "UBND".
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IssuerAdminController {

    static final String LIST = "documents/issuers";
    static final String FORM = "documents/issuerForm";
    static final String BASE = "/admin/document-issuers";

    private final Issuers issuers;

    IssuerAdminController(Issuers issuers) {
        this.issuers = issuers;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("rows", issuers.list());
        return LIST;
    }

    @GetMapping(BASE + "/{unitId}/edit")
    String initUpdateForm(@PathVariable long unitId, Model model) {
        Issuers.IssuerRow row = require(unitId);
        String storedPlace = issuers.stored(unitId).map(Issuers.Settings::placeName).orElse(null);
        model.addAttribute("issuerForm", IssuerForm.of(row, storedPlace));
        return form(model, row);
    }

    @PostMapping(BASE + "/{unitId}")
    String processUpdateForm(@PathVariable long unitId, @Valid @ModelAttribute("issuerForm") IssuerForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Issuers.IssuerRow row = require(unitId);
        if (result.hasErrors()) {
            return form(model, row);
        }
        String abbreviation = row.committee() ? Issuers.COMMITTEE_ABBREVIATION : form.cleanAbbreviation();
        issuers.save(unitId, abbreviation, form.cleanPlace(), form.version() == null ? -1 : form.version());
        redirect.addFlashAttribute("flash", "documents.issuers.saved");
        return "redirect:" + BASE;
    }

    private Issuers.IssuerRow require(long unitId) {
        return issuers.row(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private static String form(Model model, Issuers.IssuerRow row) {
        model.addAttribute("issuer", row);
        return FORM;
    }
}
