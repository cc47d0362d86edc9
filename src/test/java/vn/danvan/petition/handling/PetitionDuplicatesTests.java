package vn.danvan.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word overlap that decides whether two petitions look like the same case. */
class PetitionDuplicatesTests {

    @Test
    void wordsIgnoreAccentsCaseShortWordsPunctuationAndStopWords() {
        assertThat(PetitionDuplicates.words("Đèn đường hỏng ở ấp 3, không sáng.")).containsExactlyInAnyOrder("den",
                "duong", "hong", "sang");
    }

    @Test
    void similarTextsScoreAtLeastTheThresholdWithOrWithoutAccents() {
        String a = "Đèn đường hỏng ấp 3. Đèn đường ở ấp 3 bị hỏng, buổi tối tối om.";
        String b = "Đèn đường ấp 3 không sáng. Đèn đường ấp 3 không sáng nhiều tối liền.";
        assertThat(PetitionDuplicates.score(a, b)).isGreaterThanOrEqualTo(PetitionDuplicates.THRESHOLD);
        assertThat(PetitionDuplicates.score(a, "Den duong hong ap 3. Den duong o ap 3 bi hong, buoi toi toi om."))
                .isEqualTo(1.0);
    }

    @Test
    void unrelatedTextsScoreBelowTheThreshold() {
        assertThat(PetitionDuplicates.score("Đèn đường hỏng ấp 3", "Cấp giấy chứng nhận quyền sử dụng đất"))
                .isLessThan(PetitionDuplicates.THRESHOLD);
        assertThat(PetitionDuplicates.score("", "Đèn đường hỏng")).isZero();
        assertThat(PetitionDuplicates.score("và là của các", "và là của các")).isZero();
    }

    @Test
    void theScoreIsWordsInCommonOverAllWords() {
        // {den, duong, hong} and {den, duong, sang}: 2 in common of 4
        assertThat(PetitionDuplicates.score("đèn đường hỏng", "đèn đường sáng")).isEqualTo(0.5);
    }
}
