package vn.danvan.legal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;

/**
 * A new value of a rule as typed: the value in the rule's unit (checked by {@link RuleEditing}; the column
 * {@code legal_rule_value.rule_value} is varchar(20)), the legal source that sets it (varchar(500)), the date
 * from which it applies, dd/MM/yyyy, and the version of the rule the page showed.
 */
record LegalRuleForm(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size.max}") String value,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}")
        String legalSource,
        @NotNull(message = "{validation.required}") LocalDate appliesFrom,
        @NotNull Long version) {

    /** The form for a rule: the value in force to start from, the source and date left for the person. */
    static LegalRuleForm startingFrom(RuleValue current, long version) {
        return new LegalRuleForm(current.value(), null, null, version);
    }

    String cleanLegalSource() {
        return VietnameseText.clean(legalSource);
    }
}
