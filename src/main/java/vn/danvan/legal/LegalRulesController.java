package vn.danvan.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The one screen of the laws in force: every rule with its value, source and date, and, per rule, its
 * history and (for the administrator) the form that records a new value. Home Affairs and the leaders read;
 * anyone else is refused (403).
 */
@Controller
class LegalRulesController {

    static final String LIST = "legal/list";
    static final String RULE = "legal/rule";
    static final String BASE = "/legal-rules";
    private static final String READERS = "hasAnyRole('ADMIN','HOME_AFFAIRS','LEADER')";

    /** A rule as the list shows it: the value in force today and the next one already recorded, if any. */
    record Row(LegalRule rule, RuleValue current, RuleValue next) {
    }

    private final LegalRules rules;
    private final RuleEditing editing;
    private final Clock clock;

    LegalRulesController(LegalRules rules, RuleEditing editing, Clock clock) {
        this.rules = rules;
        this.editing = editing;
        this.clock = clock;
    }

    @GetMapping(BASE)
    @PreAuthorize(READERS)
    String list(Model model) {
        LocalDate today = today();
        List<Row> rows = Arrays.stream(LegalRule.values()).map(rule -> {
            RuleHistory history = rules.history(rule);
            RuleValue current = history.inForce(today).orElseThrow();
            RuleValue next = history.entries(today).stream()
                    .filter(e -> e.status() == RuleHistory.Status.FUTURE).map(RuleHistory.Entry::value)
                    .reduce((later, earlier) -> earlier).orElse(null);
            return new Row(rule, current, next);
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        return LIST;
    }

    @GetMapping(BASE + "/{key}")
    @PreAuthorize(READERS)
    String initForm(@PathVariable String key, Model model) {
        LegalRule rule = require(key);
        model.addAttribute("form", LegalRuleForm.startingFrom(rules.inForce(rule, today()), editing.version(rule)));
        return rule(rule, model);
    }

    @PostMapping(BASE + "/{key}")
    @PreAuthorize("hasRole('ADMIN')")
    String processForm(@PathVariable String key, @Valid @ModelAttribute("form") LegalRuleForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        LegalRule rule = require(key);
        if (result.hasFieldErrors("version")) {
            Forms.requireValid(result); // nobody types the version: a forged or broken page
        }
        if (result.hasErrors()) {
            return rule(rule, model);
        }
        try {
            editing.record(rule, form.version(), form.value(), form.cleanLegalSource(), form.appliesFrom());
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return rule(rule, model);
        }
        redirect.addFlashAttribute("flash", "legal.flash.recorded");
        return "redirect:" + BASE + "/" + rule.name();
    }

    private String rule(LegalRule rule, Model model) {
        LocalDate today = today();
        model.addAttribute("rule", rule);
        model.addAttribute("current", rules.inForce(rule, today));
        model.addAttribute("entries", rules.history(rule).entries(today));
        return RULE;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    private static LegalRule require(String key) {
        return Optional.of(key).filter(k -> Arrays.stream(LegalRule.values()).anyMatch(r -> r.name().equals(k)))
                .map(LegalRule::valueOf).orElseThrow(() -> new NotFoundException("legalRule", key));
    }
}
