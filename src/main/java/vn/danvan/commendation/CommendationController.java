package vn.danvan.commendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
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

import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.IssuedNumber;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The commendation screens (Home Affairs, leaders and administrators only): the rounds, opening one,
 * the weights, the frozen ranking with the parts of each score, the shortlist, the individuals, the
 * leader's decision and the two documents.
 */
@Controller
@PreAuthorize("hasAnyRole('HOME_AFFAIRS','LEADER','ADMIN')")
class CommendationController {

    static final String ROUNDS = "commendation/rounds";
    static final String OPEN = "commendation/open";
    static final String ROUND = "commendation/round";
    static final String WEIGHTS = "commendation/weights";

    private final Commendations commendations;
    private final CommendationDocuments documents;
    private final vn.danvan.documents.OfficialDocuments official;
    private final OrganisationScope scope;
    private final MessageSource messages;

    CommendationController(Commendations commendations, CommendationDocuments documents,
            vn.danvan.documents.OfficialDocuments official, OrganisationScope scope, MessageSource messages) {
        this.messages = messages;
        this.commendations = commendations;
        this.documents = documents;
        this.official = official;
        this.scope = scope;
    }

    record OpenForm(Integer year, String collectiveTitles, String individualTitles, Set<UnitKind> unitKinds,
            Integer places) {
    }

    record CollectiveForm(Long unitId, String title, String note) {
    }

    record IndividualForm(Long personId, String title, String achievements) {
    }

    @GetMapping("/commendation")
    String rounds(Model model) {
        model.addAttribute("rounds", commendations.rounds());
        model.addAttribute("canOpen", homeAffairs());
        return ROUNDS;
    }

    @GetMapping("/commendation/new")
    String openForm(Model model) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        Set<UnitKind> kinds = EnumSet.allOf(UnitKind.class);
        kinds.remove(UnitKind.PEOPLES_COMMITTEE);
        model.addAttribute("form", new OpenForm(java.time.Year.now(vn.danvan.shared.DanVanTime.ZONE).getValue(),
                text("commendation.default.collectiveTitles"), text("commendation.default.individualTitles"), kinds,
                5));
        return openPage(model);
    }

    /** Default titles are data, written in Vietnamese whatever the screen's language. */
    private String text(String key) {
        return messages.getMessage(key, null, CommendationDocuments.VIETNAMESE);
    }

    private String openPage(Model model) {
        model.addAttribute("kinds", UnitKind.values());
        return OPEN;
    }

    @PostMapping("/commendation")
    String open(@ModelAttribute("form") OpenForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return openPage(model);
        }
        try {
            long id = commendations.open(new Commendations.Opening(form.year(), form.collectiveTitles(),
                    form.individualTitles(), form.unitKinds(), form.places()));
            redirect.addFlashAttribute("flash", "commendation.opened");
            return "redirect:/commendation/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return openPage(model);
        }
    }

    @GetMapping("/commendation/{id}")
    String round(@PathVariable long id, Model model) {
        if (!model.containsAttribute("collective")) {
            model.addAttribute("collective", new CollectiveForm(null, null, null));
        }
        if (!model.containsAttribute("individual")) {
            model.addAttribute("individual", new IndividualForm(null, null, null));
        }
        return roundPage(id, model);
    }

    private String roundPage(long id, Model model) {
        Round round = commendations.round(id);
        model.addAttribute("round", round);
        model.addAttribute("scores", commendations.scores(id));
        List<Entry> entries = commendations.entries(id);
        model.addAttribute("entries", entries);
        model.addAttribute("collectives", entries.stream().filter(e -> e.kind() == Entry.Kind.COLLECTIVE).toList());
        model.addAttribute("individuals", entries.stream().filter(e -> e.kind() == Entry.Kind.INDIVIDUAL).toList());
        model.addAttribute("labels", labels());
        model.addAttribute("homeAffairs", homeAffairs());
        model.addAttribute("leader", scope.requireUser().has(Role.LEADER) || scope.requireUser().has(Role.ADMIN));
        model.addAttribute("people", round.state() == RoundState.RANKED || round.state() == RoundState.RETURNED
                ? commendations.people() : List.of());
        model.addAttribute("proposalNumber",
                documents.number(CommendationDocuments.PROPOSAL, id).map(IssuedNumber::text).orElse(null));
        model.addAttribute("decisionNumber",
                documents.number(CommendationDocuments.DECISION, id).map(IssuedNumber::text).orElse(null));
        return ROUND;
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        commendations.weightRows(0).forEach(r -> labels.put(r.definition().code(), r.definition().labelKey()));
        return labels;
    }

    @PostMapping("/commendation/{id}/rank")
    String rank(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        commendations.rank(id, version);
        redirect.addFlashAttribute("flash", "commendation.ranked");
        return "redirect:/commendation/" + id;
    }

    @PostMapping("/commendation/{id}/collectives")
    String shortlist(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("collective") CollectiveForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            commendations.shortlist(id, version, form.unitId(), form.title(), form.note());
            redirect.addFlashAttribute("flash", "commendation.shortlisted");
            return "redirect:/commendation/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            model.addAttribute("individual", new IndividualForm(null, null, null));
            return roundPage(id, model);
        }
    }

    @PostMapping("/commendation/{id}/individuals")
    String addIndividual(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("individual") IndividualForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            commendations.addIndividual(id, version, form.personId(), form.title(), form.achievements());
            redirect.addFlashAttribute("flash", "commendation.individualAdded");
            return "redirect:/commendation/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            model.addAttribute("collective", new CollectiveForm(null, null, null));
            return roundPage(id, model);
        }
    }

    @PostMapping("/commendation/{id}/entries/{entryId}/remove")
    String remove(@PathVariable long id, @PathVariable long entryId, @RequestParam long version) {
        commendations.removeEntry(id, version, entryId);
        return "redirect:/commendation/" + id;
    }

    @PostMapping("/commendation/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        commendations.submit(id, version);
        redirect.addFlashAttribute("flash", "commendation.submitted");
        return "redirect:/commendation/" + id;
    }

    @PostMapping("/commendation/{id}/return")
    String returnRound(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            commendations.returnRound(id, version, reason);
            redirect.addFlashAttribute("flash", "commendation.returned");
            return "redirect:/commendation/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("returnError", e.messageKey());
            return round(id, model);
        }
    }

    @PostMapping("/commendation/{id}/decide")
    String decide(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        Map<Long, Entry.Decision> decisions = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("decision_") && !v.isBlank()) {
                decisions.put(Long.parseLong(k.substring(9)), Entry.Decision.valueOf(v));
            } else if (k.startsWith("reason_")) {
                reasons.put(Long.parseLong(k.substring(7)), v);
            }
        });
        try {
            commendations.decide(id, version, decisions, reasons);
            redirect.addFlashAttribute("flash", "commendation.decided");
            return "redirect:/commendation/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("decisionError", e.messageKey());
            model.addAttribute("decisionField", e.field());
            model.addAttribute("typed", params);
            return round(id, model);
        }
    }

    @GetMapping("/commendation/{id}/weights")
    String weights(@PathVariable long id, Model model) {
        model.addAttribute("round", commendations.round(id));
        model.addAttribute("rows", commendations.weightRows(id));
        model.addAttribute("normalisations", Normalisation.values());
        model.addAttribute("homeAffairs", homeAffairs());
        return WEIGHTS;
    }

    @PostMapping("/commendation/{id}/weights")
    String saveWeights(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        List<Weight> weights = new ArrayList<>();
        try {
            for (Commendations.WeightRow row : commendations.weightRows(id)) {
                String code = row.definition().code();
                BigDecimal weight = number(params.get("weight_" + code), "weight[" + code + "]");
                if (weight == null) {
                    throw InvalidRequestException.onField("weight[" + code + "]", "commendation.error.weight");
                }
                Normalisation n = parse(params.get("norm_" + code), row.weight().normalisation());
                weights.add(new Weight(code, weight, n, number(params.get("cap_" + code), "cap[" + code + "]")));
            }
            commendations.saveWeights(id, version, weights);
            redirect.addFlashAttribute("flash", "commendation.weightsSaved");
            return "redirect:/commendation/" + id + "/weights";
        } catch (InvalidRequestException e) {
            model.addAttribute("weightError", e.messageKey());
            model.addAttribute("weightField", e.field());
            model.addAttribute("typed", params);
            return weights(id, model);
        }
    }

    private static Normalisation parse(String value, Normalisation fallback) {
        try {
            return value == null ? fallback : Normalisation.valueOf(value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidRequestException.onField(field, field.startsWith("cap") ? "commendation.error.cap"
                    : "commendation.error.weight");
        }
    }

    @GetMapping("/commendation/{id}/proposal.{ext}")
    ResponseEntity<byte[]> proposal(@PathVariable long id, @PathVariable String ext) {
        Round round = commendations.round(id);
        return official.download(documents.proposal(round), format(ext), "to-trinh-khen-thuong-" + round.year());
    }

    @GetMapping("/commendation/{id}/decision.{ext}")
    ResponseEntity<byte[]> decision(@PathVariable long id, @PathVariable String ext) {
        Round round = commendations.round(id);
        if (round.state() != RoundState.DECIDED) {
            throw new InvalidRequestException("commendation.error.notDecided");
        }
        return official.download(documents.decision(round), format(ext), "quyet-dinh-khen-thuong-" + round.year());
    }

    private static DocumentFormat format(String ext) {
        return "pdf".equalsIgnoreCase(ext) ? DocumentFormat.PDF : DocumentFormat.DOCX;
    }

    private boolean homeAffairs() {
        return scope.requireUser().has(Role.HOME_AFFAIRS) || scope.requireUser().has(Role.ADMIN);
    }
}
