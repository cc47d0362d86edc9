package vn.danvan.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person may type for each unit, and the one form it is stored in. */
class RuleUnitTests {

    @Test
    void aTimeIsReadAsTypedInVietAndStoredAsHoursColonMinutes() {
        int min = LegalRule.DOSSIER_NEXT_DAY_FROM.min();
        int max = LegalRule.DOSSIER_NEXT_DAY_FROM.max();
        assertThat(RuleUnit.TIME_OF_DAY.read("15:00", min, max)).contains("15:00");
        assertThat(RuleUnit.TIME_OF_DAY.read(" 16h30 ", min, max)).contains("16:30");
        assertThat(RuleUnit.TIME_OF_DAY.read("9g05", min, max)).contains("09:05");
        assertThat(RuleUnit.TIME_OF_DAY.read("17h", min, max)).contains("17:00");
        assertThat(RuleUnit.TIME_OF_DAY.read("24:00", min, max)).isEmpty();
        assertThat(RuleUnit.TIME_OF_DAY.read("15:75", min, max)).isEmpty();
        assertThat(RuleUnit.TIME_OF_DAY.read("05:59", min, max)).isEmpty();
        assertThat(RuleUnit.TIME_OF_DAY.read("ba giờ chiều", min, max)).isEmpty();
        assertThat(RuleUnit.TIME_OF_DAY.bound(min)).isEqualTo("06:00");
    }

    @Test
    void daysAndPercentagesAreWholeNumbersWithinTheRulesBounds() {
        assertThat(RuleUnit.WORKING_DAYS.read("10", 1, 60)).contains("10");
        assertThat(RuleUnit.WORKING_DAYS.read("007", 1, 60)).contains("7");
        assertThat(RuleUnit.WORKING_DAYS.read("0", 1, 60)).isEmpty();
        assertThat(RuleUnit.WORKING_DAYS.read("61", 1, 60)).isEmpty();
        assertThat(RuleUnit.WORKING_DAYS.read("7,5", 1, 60)).isEmpty();
        assertThat(RuleUnit.WORKING_DAYS.read("-3", 1, 60)).isEmpty();
        assertThat(RuleUnit.WORKING_DAYS.read("mười", 1, 60)).isEmpty();
        assertThat(RuleUnit.PERCENT.read("50%", 1, 99)).contains("50");
        assertThat(RuleUnit.PERCENT.read("100", 1, 99)).isEmpty();
    }

    @Test
    void theValueIsTypedByItsUnit() {
        var at = java.time.OffsetDateTime.now();
        var time = new RuleValue(1, LegalRule.DOSSIER_NEXT_DAY_FROM, "15:00", "s", java.time.LocalDate.now(), "a", at);
        var days = new RuleValue(2, LegalRule.PETITION_ACCEPTANCE, "10", "s", java.time.LocalDate.now(), "a", at);
        assertThat(time.asTime()).isEqualTo(java.time.LocalTime.of(15, 0));
        assertThat(days.asInt()).isEqualTo(10);
        org.assertj.core.api.Assertions.assertThatThrownBy(time::asInt).isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(days::asTime).isInstanceOf(IllegalStateException.class);
    }
}
