package vn.danvan.dossier;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import vn.danvan.legal.LegalRule;
import vn.danvan.legal.LegalRules;
import vn.danvan.legal.RuleValue;

/**
 * The one-stop rules of Nghị định 118/2025/NĐ-CP (which replaced Nghị định 61/2018/NĐ-CP and Nghị định
 * 107/2021/NĐ-CP from 1 July 2025) as the legal rules screen holds them, in force on a given day: the hour
 * from which a dossier received at the counter counts from the next working day
 * ({@link LegalRule#DOSSIER_NEXT_DAY_FROM}, 15:00) and how close the appointment date must be for the apology
 * slip ({@link LegalRule#DOSSIER_APOLOGY_NOTICE}, one working day).
 */
@Component
class DossierSettings {

    private final LegalRules rules;

    DossierSettings(LegalRules rules) {
        this.rules = rules;
    }

    /** Dossiers received at or after this time of a working day count from the next working day. */
    LocalTime nextDayFrom(LocalDate day) {
        return rules.timeOfDay(LegalRule.DOSSIER_NEXT_DAY_FROM, day);
    }

    /** The cut-off with its legal source, as the receipt form shows it. */
    RuleValue nextDayRule(LocalDate day) {
        return rules.inForce(LegalRule.DOSSIER_NEXT_DAY_FROM, day);
    }

    /** An apology slip is due when the appointment date is at most this many working days after {@code day}. */
    int apologyWorkingDays(LocalDate day) {
        return rules.workingDays(LegalRule.DOSSIER_APOLOGY_NOTICE, day);
    }
}
