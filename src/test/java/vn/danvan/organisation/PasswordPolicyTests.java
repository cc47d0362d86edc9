package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.organisation.accounts.PasswordPolicy;
import vn.danvan.organisation.security.SecurityProperties;

/** Passwords that are easy to guess are refused, with the usual Vietnamese ones and the username's own. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(new SecurityProperties(5, 15, 10, 30, 40));

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "aaaaaaaaaa", "password12", "qwertyuiop", "12345678910", "admin12345",
        "matkhau2024", "Matkhau@123", "anhyeuem2024", "Vietnam@2024", "Anbinh@2025", "DanVan@2018",
        "anbinh.canbo2025", "canbo.anbinh1", "ANBINH.CANBO123"})
    void anEasyPasswordIsRefused(String password) {
        assertThatThrownBy(() -> policy.check("password", "anbinh.canbo", password))
                .isInstanceOf(InvalidRequestException.class).hasMessage("password.error.weak");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hôm-nay-trời-mưa-to", "Vz8-Qx2-Lp-Tk5", "Quan-tri-4Zp9-Wm", "tre xanh bong mat ven song 1975"})
    void aHardPasswordIsAccepted(String password) {
        assertThatCode(() -> policy.check("password", "anbinh.canbo", password)).doesNotThrowAnyException();
    }

    @Test
    void theLengthRulesComeFirst() {
        assertThatThrownBy(() -> policy.check("password", "x", "Ng4n!")).hasMessage("password.error.tooShort");
        assertThatThrownBy(() -> policy.check("password", "x", "Dai-qua-".repeat(20))).hasMessage("password.error.tooLong");
        assertThatThrownBy(() -> policy.check("password", "anbinh.canbo", "ANBINH.CANBO"))
                .hasMessage("password.error.sameAsUsername");
    }

    @Test
    void aTemporaryPasswordPassesTheRuleItself() {
        for (int i = 0; i < 20; i++) {
            String temporary = policy.temporary();
            assertThatCode(() -> policy.check("password", "anbinh.canbo", temporary)).doesNotThrowAnyException();
        }
        assertThat(policy.entropy("anbinh.canbo", policy.temporary())).isGreaterThan(60);
    }
}
