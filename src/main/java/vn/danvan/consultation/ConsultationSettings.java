package vn.danvan.consultation;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.danvan.legal.LegalRule;
import vn.danvan.legal.LegalRules;

/**
 * The approval threshold of matters residents decide, statutory (Luật 10/2022/QH15: more than half of all
 * households), read from the legal rules ({@link LegalRule#CONSULTATION_APPROVAL}) as in force on the day the
 * consultation closes; and the portal's limit on household-code attempts per client address and hour
 * ({@code danvan.consultation.code-attempts-per-hour}), an operating setting.
 */
@Component
class ConsultationSettings {

    private final LegalRules rules;
    private final int codeAttemptsPerHour;

    ConsultationSettings(LegalRules rules,
            @Value("${danvan.consultation.code-attempts-per-hour:30}") int codeAttemptsPerHour) {
        this.rules = rules;
        this.codeAttemptsPerHour = codeAttemptsPerHour;
    }

    /** The decision rule in force on {@code day} (the consultation's closing day). */
    public ApprovalRule approvalRule(LocalDate day) {
        return new ApprovalRule(rules.percent(LegalRule.CONSULTATION_APPROVAL, day));
    }

    /** The legal source of that rule, shown beside the threshold. */
    public String approvalSource(LocalDate day) {
        return rules.inForce(LegalRule.CONSULTATION_APPROVAL, day).legalSource();
    }

    public int codeAttemptsPerHour() {
        return codeAttemptsPerHour;
    }
}
