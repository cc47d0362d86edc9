package vn.danvan.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CitizenKeysTests {

    @Test
    void aKeyIsTwelveCodeCharactersInThreeGroups() {
        assertThat(CitizenKeys.forSubmission(null)).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }

    @Test
    void theSameFormSentTwiceShowsTheSameKeyAndOtherFormsOthers() {
        assertThat(CitizenKeys.forSubmission("f1c2")).isEqualTo(CitizenKeys.forSubmission("f1c2"));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(CitizenKeys.forSubmission("form-" + i));
        }
        assertThat(keys).hasSize(1000);
    }

    @Test
    void aKeyTypedCarelesslyHashesAsTheKey() {
        String key = "7K3M-9QXD-2F8A";
        assertThat(CitizenKeys.hash(" 7k3m 9qxd 2f8a ")).isEqualTo(CitizenKeys.hash(key));
        assertThat(CitizenKeys.hash("7K3M-9QXD-2F8B")).isNotEqualTo(CitizenKeys.hash(key));
    }

    @Test
    void onlyHashesAreKept() {
        String submission = "2d7a9c1e-0000-4000-8000-000000000001";
        assertThat(CitizenKeys.submissionHash(submission)).hasSize(64).doesNotContain(submission);
        assertThat(CitizenKeys.hash(CitizenKeys.forSubmission(submission)))
                .isNotEqualTo(CitizenKeys.submissionHash(submission)).hasSize(64);
    }
}
