package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.danvan.organisation.accounts.AccountController;
import vn.danvan.organisation.accounts.AccountStatus;
import vn.danvan.organisation.accounts.AccountView;
import vn.danvan.organisation.accounts.ApiTokenView;
import vn.danvan.organisation.accounts.TokenStatus;

/** Which single status an account or a token shows, and that each has a word. */
class AccountStatusTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2018-04-05T09:00:00+07:00");

    @Test
    void aDisabledAccountShowsDisabledWhateverElseIsTrue() {
        assertThat(AccountStatus.of(account(false, true, NOW.plusHours(1)), NOW)).isEqualTo(AccountStatus.DISABLED);
    }

    @Test
    void aLockedAccountShowsLockedUntilTheLockEnds() {
        assertThat(AccountStatus.of(account(true, true, NOW.plusMinutes(1)), NOW)).isEqualTo(AccountStatus.LOCKED);
        assertThat(AccountStatus.of(account(true, false, NOW), NOW)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anAccountThatMustChangeItsPasswordSaysSo() {
        assertThat(AccountStatus.of(account(true, true, null), NOW)).isEqualTo(AccountStatus.MUST_CHANGE_PASSWORD);
        assertThat(AccountStatus.of(account(true, false, null), NOW)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aTokenIsRevokedExpiredOrActive() {
        var active = new ApiTokenView(1, "a", NOW.minusDays(1), NOW.plusDays(1), null, null);
        var expired = new ApiTokenView(2, "b", NOW.minusDays(2), NOW, null, null);
        var revoked = new ApiTokenView(3, "c", NOW.minusDays(2), NOW.plusDays(1), NOW.minusHours(1), null);
        assertThat(TokenStatus.of(active, NOW)).isEqualTo(TokenStatus.ACTIVE);
        assertThat(TokenStatus.of(expired, NOW)).isEqualTo(TokenStatus.EXPIRED);
        assertThat(TokenStatus.of(revoked, NOW)).isEqualTo(TokenStatus.REVOKED);
    }

    @Test
    void aTokenIsListedWithTheLastDayItWorks() {
        var token = new ApiTokenView(1, "a", NOW, OffsetDateTime.parse("2018-07-04T00:00:00+07:00"), null, null);
        assertThat(AccountController.TokenRow.of(token, NOW).validUntil()).hasToString("2018-07-03");
    }

    @Test
    void everyStatusHasAMessageKeyAndABadge() {
        for (AccountStatus s : AccountStatus.values()) {
            assertThat(s.messageKey()).isEqualTo("account.status." + s.name());
            assertThat(s.badge()).startsWith("text-bg-");
        }
        for (TokenStatus s : TokenStatus.values()) {
            assertThat(s.messageKey()).isEqualTo("token.status." + s.name());
            assertThat(s.badge()).startsWith("text-bg-");
        }
    }

    private static AccountView account(boolean enabled, boolean mustChange, OffsetDateTime lockedUntil) {
        return new AccountView(1, "u", 1, "Người", 1, "Đơn vị", Set.of(Role.OFFICER), enabled, mustChange, 0,
                lockedUntil, null, 0);
    }
}
