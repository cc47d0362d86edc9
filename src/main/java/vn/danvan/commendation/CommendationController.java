package vn.danvan.commendation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.view.RedirectView;

import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.IssuedNumber;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.PersonView;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitTree;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
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
    private final OrganisationService organisation;
    private final Rankings rankings;

    CommendationController(Commendations commendations, Rankings rankings, CommendationDocuments documents,
            vn.danvan.documents.OfficialDocuments official, OrganisationScope scope, MessageSource messages,
            OrganisationService organisation) {
        this.rankings = rankings;
        this.messages = messages;
        this.organisation = organisation;
        this.commendations = commendations;
        this.documents = documents;
        this.official = official;
        this.scope = scope;
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
        String chair = organisation.localNames(CommendationDocuments.VIETNAMESE).chairShort();
        model.addAttribute("openForm", new OpenForm(java.time.Year.now(vn.danvan.shared.DanVanTime.ZONE).getValue(),
                text("commendation.default.collectiveTitles", chair), text("commendation.default.individualTitles", chair),
                kinds, 5));
        return openPage(model);
    }

    /** Default titles are data, written in Vietnamese whatever the screen's language; the chair is the local government's. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CommendationDocuments.VIETNAMESE);
    }

    private String openPage(Model model) {
        model.addAttribute("kinds", Choice.ofEnum(UnitKind::messageKey, UnitKind.values()).stream()
                .map(c -> c.withId("kind-" + c.value())).toList());
        return OPEN;
    }

    @PostMapping("/commendation")
    String open(@Valid @ModelAttribute("openForm") OpenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        if (result.hasErrors()) {
            return openPage(model);
        }
        long id = commendations.open(form);
        redirect.addFlashAttribute("flash", "commendation.opened");
        return "redirect:/commendation/" + id;
    }

    /*
     * The round's addresses name it {roundId}, not {id}: a path variable is a variable of the page, and
     * fragments/forms reads "id" as the id of a field it draws.
     */
    @GetMapping("/commendation/{roundId}")
    String round(@PathVariable("roundId") long id, @RequestParam(required = false) Long unit, Model model) {
        return roundPage(id, unit, model);
    }

    private String roundPage(long id, Model model) {
        return roundPage(id, null, model);
    }

    /**
     * The parts of one unit's score: what the round page loads into the unit's row when it is opened
     * (htmx), or a page of its own without JavaScript; the round page stays light with 50 units shown.
     */
    @GetMapping("/commendation/{roundId}/parts/{unitId}")
    String parts(@PathVariable("roundId") long id, @PathVariable long unitId,
            @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        commendations.round(id);
        scope.checkUnit(unitId);
        UnitScore score = commendations.scores(id, List.of(unitId)).stream().findFirst()
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("commendation score", unitId));
        model.addAttribute("score", score);
        model.addAttribute("roundId", id);
        model.addAttribute("labels", labels());
        model.addAttribute("kinds", kinds());
        return htmx != null ? "commendation/parts :: parts" : "commendation/parts";
    }

    /**
     * The round with its forms; a form that came back with errors keeps what was typed. The ranking is a
     * summary per child unit of {@code unitId} (null: the viewer's unit, or the committee it serves),
     * with the best ranked units of that branch; the collective form offers those.
     */
    private String roundPage(long id, Long unitId, Model model) {
        Round round = commendations.round(id);
        model.addAttribute("round", round);
        UnitTree tree = organisation.activeTree();
        CurrentUser user = scope.requireUser();
        UnitView home = tree.home(user.unitId(), user.districtWide())
                .orElseThrow(() -> new AccessDeniedException("no active unit"));
        UnitView unit = unitId == null ? home : tree.unit(unitId)
                .orElseThrow(() -> new InvalidRequestException("commendation.unit.unknown", String.valueOf(unitId)));
        scope.checkUnit(unit.id());
        RankingSummary ranking = RankingSummary.of(tree, home, unit, tree.summaryRows(unit, home, user.districtWide()),
                commendations.ranking(id));
        List<UnitScore> scores = ranking.top(); // their parts load when a row is opened
        model.addAttribute("ranking", ranking);
        // the individual form offers the people of the unit shown and of the units right under it
        List<Long> peopleUnits = new java.util.ArrayList<>(List.of(unit.id()));
        tree.children(unit.id()).forEach(c -> peopleUnits.add(c.id()));
        model.addAttribute("scores", scores);
        model.addAttribute("base", "/commendation/" + id);
        List<Entry> entries = commendations.entries(id);
        model.addAttribute("entries", entries);
        model.addAttribute("collectives", entries.stream().filter(e -> e.kind() == Entry.Kind.COLLECTIVE).toList());
        model.addAttribute("individuals", entries.stream().filter(e -> e.kind() == Entry.Kind.INDIVIDUAL).toList());
        model.addAttribute("labels", labels());
        model.addAttribute("kinds", kinds());
        model.addAttribute("homeAffairs", homeAffairs());
        Long rankingJob = rankings.running(id).orElse(null);
        model.addAttribute("rankingJob", rankingJob);
        model.addAttribute("rankingJobMine", rankingJob != null && rankings.startedByMe(rankingJob));
        model.addAttribute("leader", scope.requireUser().has(Role.LEADER) || scope.requireUser().has(Role.ADMIN));
        List<PersonView> people = round.state().shortlisting()
                ? commendations.people(peopleUnits) : List.of();
        model.addAttribute("proposalNumber",
                documents.number(CommendationDocuments.PROPOSAL, id).map(IssuedNumber::text).orElse(null));
        model.addAttribute("decisionNumber",
                documents.number(CommendationDocuments.DECISION, id).map(IssuedNumber::text).orElse(null));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("unitChoices", scores.stream().map(s -> Choice.of(s.unitId(), messages.getMessage(
                "commendation.unitWithRank", new Object[] {s.rank(), s.unitName()}, locale))).toList());
        model.addAttribute("personChoices", people.stream().map(p -> Choice.of(p.id(), messages.getMessage(
                "commendation.personWithUnit", new Object[] {p.fullName(), p.unitName()}, locale))).toList());
        model.addAttribute("collectiveTitles", round.collectiveTitles().stream().map(t -> Choice.of(t, t)).toList());
        model.addAttribute("individualTitles", round.individualTitles().stream().map(t -> Choice.of(t, t)).toList());
        model.addAttribute("decisions", Choice.ofEnum(Entry.Decision::messageKey, Entry.Decision.APPROVED,
                Entry.Decision.STRUCK));
        if (!model.containsAttribute("collectiveForm")) {
            model.addAttribute("collectiveForm", CollectiveForm.empty(round));
        }
        if (!model.containsAttribute("individualForm")) {
            model.addAttribute("individualForm", IndividualForm.empty(round));
        }
        if (!model.containsAttribute("commendationDecisionForm")) {
            model.addAttribute("commendationDecisionForm", new DecisionForm(Map.of(), Map.of(), round.version()));
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new ReturnForm(null, round.version()));
        }
        return ROUND;
    }

    /** Each indicator's kind by code: its raw figure is written as its kind says. */
    private Map<String, vn.danvan.shared.indicator.IndicatorKind> kinds() {
        Map<String, vn.danvan.shared.indicator.IndicatorKind> kinds = new HashMap<>();
        commendations.weightRows(0).forEach(r -> kinds.put(r.definition().code(), r.definition().kind()));
        return kinds;
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        commendations.weightRows(0).forEach(r -> labels.put(r.definition().code(), r.definition().labelKey()));
        return labels;
    }

    /**
     * Starts the ranking in the background and answers 303 with the job's progress page. While a ranking of the
     * round is queued or running, nothing is started: the one who started it is sent to its page, anyone else
     * back to the round, each with a message saying so.
     */
    @PostMapping("/commendation/{roundId}/rank")
    RedirectView rank(@PathVariable("roundId") long id, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        Forms.requireValid(result);
        Rankings.Start start;
        try {
            start = rankings.start(id, form.version());
        } catch (Rankings.ClaimedException | ConcurrencyFailureException e) {
            // another request claimed the round first (or changed it): its job, if it is the one running
            long running = rankings.running(id).orElseThrow(() -> e);
            start = new Rankings.Start(running, false);
        }
        if (start.started()) {
            return seeOther(rankings.page(start.jobId()));
        }
        if (rankings.startedByMe(start.jobId())) {
            redirect.addFlashAttribute("flash", "commendation.rank.alreadyRunning");
            return seeOther(rankings.page(start.jobId()));
        }
        redirect.addFlashAttribute("flash", "commendation.rank.runningForOther");
        return seeOther("/commendation/" + id);
    }

    private static RedirectView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }

    @PostMapping("/commendation/{roundId}/collectives")
    String shortlist(@PathVariable("roundId") long id, @Valid @ModelAttribute("collectiveForm") CollectiveForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        commendations.round(id).requireShortlisting();
        if (!result.hasErrors()) {
            try {
                commendations.shortlist(id, form);
                redirect.addFlashAttribute("flash", "commendation.shortlisted");
                return "redirect:/commendation/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return roundPage(id, model);
    }

    @PostMapping("/commendation/{roundId}/individuals")
    String addIndividual(@PathVariable("roundId") long id, @Valid @ModelAttribute("individualForm") IndividualForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        commendations.round(id).requireShortlisting();
        if (!result.hasErrors()) {
            try {
                commendations.addIndividual(id, form);
                redirect.addFlashAttribute("flash", "commendation.individualAdded");
                return "redirect:/commendation/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return roundPage(id, model);
    }

    @PostMapping("/commendation/{roundId}/entries/{entryId}/remove")
    String remove(@PathVariable("roundId") long id, @PathVariable long entryId, @Valid ActionForm form,
            BindingResult result) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        Forms.requireValid(result);
        commendations.removeEntry(id, form.version(), entryId);
        return "redirect:/commendation/" + id;
    }

    @PostMapping("/commendation/{roundId}/submit")
    String submit(@PathVariable("roundId") long id, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        Forms.requireValid(result);
        commendations.submit(id, form.version());
        redirect.addFlashAttribute("flash", "commendation.submitted");
        return "redirect:/commendation/" + id;
    }

    @PostMapping("/commendation/{roundId}/return")
    String returnRound(@PathVariable("roundId") long id, @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        commendations.requireRole(Role.LEADER);
        commendations.round(id).requireAwaitingDecision();
        if (!result.hasErrors()) {
            try {
                commendations.returnRound(id, form);
                redirect.addFlashAttribute("flash", "commendation.returned");
                return "redirect:/commendation/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return roundPage(id, model);
    }

    @PostMapping("/commendation/{roundId}/decide")
    String decide(@PathVariable("roundId") long id,
            @Valid @ModelAttribute("commendationDecisionForm") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        commendations.requireRole(Role.LEADER);
        commendations.round(id).requireAwaitingDecision();
        if (!result.hasErrors()) {
            try {
                commendations.decide(id, form);
                redirect.addFlashAttribute("flash", "commendation.decided");
                return "redirect:/commendation/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return roundPage(id, model);
    }

    @GetMapping("/commendation/{roundId}/weights")
    String weights(@PathVariable("roundId") long id, Model model) {
        return weightsPage(id, model);
    }

    private String weightsPage(long id, Model model) {
        Round round = commendations.round(id);
        List<Commendations.WeightRow> rows = commendations.weightRows(id);
        model.addAttribute("round", round);
        model.addAttribute("rows", rows);
        model.addAttribute("normalisations", Choice.ofEnum(Normalisation::messageKey, Normalisation.values()));
        model.addAttribute("homeAffairs", homeAffairs());
        if (!model.containsAttribute("commendationWeightsForm")) {
            model.addAttribute("commendationWeightsForm", WeightsForm.of(rows, round.version()));
        }
        return WEIGHTS;
    }

    @PostMapping("/commendation/{roundId}/weights")
    String saveWeights(@PathVariable("roundId") long id,
            @Valid @ModelAttribute("commendationWeightsForm") WeightsForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        if (!result.hasErrors()) {
            try {
                commendations.saveWeights(id, form);
                redirect.addFlashAttribute("flash", "commendation.weightsSaved");
                return "redirect:/commendation/" + id + "/weights";
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return weightsPage(id, model);
    }

    @GetMapping("/commendation/{roundId}/proposal.{ext}")
    ResponseEntity<byte[]> proposal(@PathVariable("roundId") long id, @PathVariable String ext) {
        Round round = commendations.round(id);
        return official.download(documents.proposal(round), format(ext), "to-trinh-khen-thuong-" + round.year());
    }

    @GetMapping("/commendation/{roundId}/decision.{ext}")
    ResponseEntity<byte[]> decision(@PathVariable("roundId") long id, @PathVariable String ext) {
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
