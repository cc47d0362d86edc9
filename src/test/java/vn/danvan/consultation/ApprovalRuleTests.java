package vn.danvan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApprovalRuleTests {

    private final ApprovalRule half = new ApprovalRule(50);

    @Test
    void exactlyHalfOfAllHouseholdsIsNotApproved() {
        assertThat(half.approved(100, 200)).isFalse();
        assertThat(half.approved(1, 2)).isFalse();
    }

    @Test
    void justAboveHalfIsApproved() {
        assertThat(half.approved(101, 200)).isTrue();
        assertThat(half.approved(2, 3)).isTrue();
    }

    @Test
    void theShareIsOfAllHouseholdsInScopeNotOfThoseThatTookPart() {
        // 150 of 160 voters agree, but 150 is not more than half of the 400 households in scope
        assertThat(half.approved(150, 400)).isFalse();
    }

    @Test
    void anotherThresholdMovesTheLine() {
        ApprovalRule twoThirds = new ApprovalRule(66);
        assertThat(twoThirds.approved(132, 200)).isFalse();
        assertThat(twoThirds.approved(133, 200)).isTrue();
        assertThat(twoThirds.approved(101, 200)).isFalse();
    }

    @Test
    void noHouseholdsInScopeIsNeverApproved() {
        assertThat(half.approved(0, 0)).isFalse();
    }

    @Test
    void aThresholdOutsideOneToNinetyNineIsRefused() {
        assertThatThrownBy(() -> new ApprovalRule(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApprovalRule(100)).isInstanceOf(IllegalArgumentException.class);
    }
}
