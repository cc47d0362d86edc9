package vn.danvan.consultation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The approval threshold of matters residents decide ({@code danvan.consultation.approval-threshold-percent},
 * default 50, Luật 10/2022/QH15 Điều 21/22) and the portal's limit on household-code attempts per client
 * address and hour ({@code danvan.consultation.code-attempts-per-hour}).
 */
@Component
public class ConsultationSettings {

    private final ApprovalRule rule;
    private final int codeAttemptsPerHour;

    ConsultationSettings(@Value("${danvan.consultation.approval-threshold-percent:50}") int thresholdPercent,
            @Value("${danvan.consultation.code-attempts-per-hour:30}") int codeAttemptsPerHour) {
        this.rule = new ApprovalRule(thresholdPercent);
        this.codeAttemptsPerHour = codeAttemptsPerHour;
    }

    public ApprovalRule approvalRule() {
        return rule;
    }

    public int codeAttemptsPerHour() {
        return codeAttemptsPerHour;
    }
}
