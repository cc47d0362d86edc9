package vn.danvan.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PublicCodesTests {

    private final PublicCodes codes = new PublicCodes("PA");

    @Test
    void codesHaveThePrefixTenCrockfordCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.next();
            assertThat(code).matches("PA-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void aCodeIsReadAsAPersonTypesIt() {
        assertThat(codes.normalise(" pa-7k3m9-qxd2f ")).isEqualTo("PA-7K3M9-QXD2F");
        assertThat(codes.normalise("PA-7K3M9QXD2F")).isEqualTo("PA-7K3M9-QXD2F");
        assertThat(codes.normalise("pa 7k3m9 qxd2f")).isEqualTo("PA-7K3M9-QXD2F");
        assertThat(codes.normalise("7K3MO-QXDIF")).isEqualTo("PA-7K3M0-QXD1F");
        assertThat(new PublicCodes("HS").normalise("hs7k3m9qxdlf")).isEqualTo("HS-7K3M9-QXD1F");
    }

    @Test
    void textThatIsNotACodeIsOnlyUpperCased() {
        assertThat(codes.normalise(null)).isEmpty();
        assertThat(codes.normalise("pa-abc")).isEqualTo("PA-ABC");
        assertThat(codes.normalise("  ")).isEmpty();
    }

    @Test
    void aSearchBoxTakesACodeByItsPrefixOrItsDashAndKeepsTenCharacterWordsAsWords() {
        assertThat(codes.isCode("PA-0002F-3EYDH")).isTrue();
        assertThat(codes.isCode("pa0002f3eydh")).isTrue();
        assertThat(codes.isCode("0002f-3eydh")).isTrue();
        // a phone number, a reference with digits, a ten-letter word: words to search, not codes
        assertThat(codes.isCode("0912345678")).isFalse();
        assertThat(codes.isCode("KX12AB34CD")).isFalse();
        assertThat(codes.isCode("thuongmai1")).isFalse();
        assertThat(codes.isCode("PA-0002F")).isFalse();
        assertThat(codes.isCode(null)).isFalse();
    }
}
