package vn.danvan.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.danvan.legal.LegalRule;
import vn.danvan.legal.LegalRules;
import vn.danvan.legal.RuleValue;

/**
 * The default answer time of the units (working days) with its legal source, as in force on a given day: a
 * legal rule ({@link LegalRule#SUPERVISION_ANSWER}) that the administrator edits on the legal rules screen.
 * A request is counted with the value in force on the day it is sent (or its answer reopened).
 */
@Component
class SupervisionSettings {

    /** Working days allowed for the answer when the request states no date, and the text that says so. */
    record AnswerRule(int workingDays, String legalSource) {
    }

    private final LegalRules rules;

    SupervisionSettings(LegalRules rules) {
        this.rules = rules;
    }

    AnswerRule answerRule(LocalDate day) {
        RuleValue value = rules.inForce(LegalRule.SUPERVISION_ANSWER, day);
        return new AnswerRule(value.asInt(), value.legalSource());
    }
}
