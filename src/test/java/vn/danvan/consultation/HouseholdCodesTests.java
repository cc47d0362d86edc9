package vn.danvan.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class HouseholdCodesTests {

    @Test
    void codesAreDistinctTenCharactersOfTheUnambiguousAlphabet() {
        Set<String> codes = new HouseholdCodes().generate(20_000);
        assertThat(codes).hasSize(20_000);
        assertThat(codes).allSatisfy(code -> {
            assertThat(code).hasSize(HouseholdCodes.LENGTH);
            assertThat(code).matches("[" + HouseholdCodes.ALPHABET + "]+");
        });
    }

    @Test
    void theAlphabetLeavesOutLookAlikes() {
        for (char c : "01OIL".toCharArray()) {
            assertThat(HouseholdCodes.ALPHABET).doesNotContain(String.valueOf(c));
        }
        assertThat(HouseholdCodes.ALPHABET.chars().distinct().count()).isEqualTo(HouseholdCodes.ALPHABET.length());
    }

    @Test
    void aCodeDrawnTwiceIsDrawnAgainSoThatCodesStayDistinct() {
        // the first two codes drawn are the same ("2222222222"), then the draws move on
        RandomGenerator repeating = new RandomGenerator() {
            private int calls;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                int call = calls++;
                return call < 2 * HouseholdCodes.LENGTH ? 0 : call % bound;
            }
        };
        Set<String> codes = new HouseholdCodes(repeating).generate(3);
        assertThat(codes).hasSize(3).contains("2222222222");
    }

    @Test
    void typedCodesAreNormalisedAndPrintedInTwoGroups() {
        assertThat(HouseholdCodes.normalise(" abcde-fghjk ")).isEqualTo("ABCDEFGHJK");
        assertThat(HouseholdCodes.normalise("ABCDE FGHJK")).isEqualTo("ABCDEFGHJK");
        assertThat(HouseholdCodes.display("ABCDEFGHJK")).isEqualTo("ABCDE-FGHJK");
    }
}
