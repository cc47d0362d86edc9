package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The portal's public address: configured, or the demo's localhost; never left to chance in production. */
class PublicAddressTests {

    @Test
    void theConfiguredAddressIsUsedWithoutItsTrailingSlash() {
        PublicAddress address = new PublicAddress(" https://dichvucong.phugiao.gov.vn/ ", false);
        assertThat(address.url()).isEqualTo("https://dichvucong.phugiao.gov.vn");
        assertThat(address.of("/portal/dossiers/lookup?code=HS-1")).isEqualTo(
                "https://dichvucong.phugiao.gov.vn/portal/dossiers/lookup?code=HS-1");
        assertThat(new PublicAddress("http://10.0.0.5:8080/danvan", true).of("portal"))
                .isEqualTo("http://10.0.0.5:8080/danvan/portal");
    }

    @Test
    void theDemoFallsBackOnLocalhostAndAnyOtherInstallationRefusesToStartWithoutIt() {
        assertThat(new PublicAddress("", true).url()).isEqualTo("http://localhost:8080");
        assertThatThrownBy(() -> new PublicAddress(" ", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DANVAN_PUBLIC_URL");
    }

    @Test
    void anAddressThatIsNotAWebAddressIsRefused() {
        for (String wrong : new String[] {"dichvucong.gov.vn", "ftp://x.vn", "https://x.vn/?a=1", "http:// x"}) {
            assertThatThrownBy(() -> new PublicAddress(wrong, true)).as(wrong).isInstanceOf(IllegalStateException.class);
        }
    }
}
