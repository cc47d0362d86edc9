package vn.danvan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.danvan.model.ModelViews.Criterion;
import vn.danvan.shared.web.Problem;

class ModelRulesTests {

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion(1, "Tính thiết thực, hiệu quả", 30, 1, true, 0),
            new Criterion(2, "Khả năng nhân rộng", 25, 2, true, 0),
            new Criterion(3, "Tiêu chí cũ", 50, 3, false, 0));

    @Test
    void totalIsTheSumOfTheActiveCriteria() {
        var scoring = ModelRules.score(CRITERIA, Map.of(1L, 28, 2L, 20));
        assertThat(scoring.problems()).isEmpty();
        assertThat(scoring.total()).isEqualTo(48);
        assertThat(scoring.scores()).extracting(ModelViews.Score::points).containsExactly(28, 20);
    }

    @Test
    void scoreAboveTheMaximumIsRefusedNamingTheCriterion() {
        var scoring = ModelRules.score(CRITERIA, Map.of(1L, 31, 2L, 25));
        assertThat(scoring.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("scores[1]");
            assertThat(p.messageKey()).isEqualTo("model.error.scoreAboveMax");
            assertThat(p.arguments()).containsExactly("Tính thiết thực, hiệu quả", 30);
        });
    }

    @Test
    void missingOrNegativeScoresAreRefused() {
        var scoring = ModelRules.score(CRITERIA, Map.of(1L, -1, 2L, -25));
        assertThat(scoring.problems()).extracting(Problem::messageKey)
                .containsExactly("model.error.scoreNumber", "model.error.scoreNumber");
        assertThat(ModelRules.score(CRITERIA, Map.of(1L, 10)).problems()).extracting(Problem::field)
                .containsExactly("scores[2]");
    }

    @Test
    void maximumItselfIsAccepted() {
        assertThat(ModelRules.score(CRITERIA, Map.of(1L, 30, 2L, 0)).total()).isEqualTo(30);
    }

    @Test
    void notRecognisedNeedsAReasonAndRecognisedAYear() {
        assertThat(ModelRules.checkVerdict(ModelStatus.NOT_RECOGNISED, " ", null, 2026))
                .extracting(Problem::messageKey).containsExactly("model.error.reasonRequired");
        assertThat(ModelRules.checkVerdict(ModelStatus.RECOGNISED, null, 1999, 2026))
                .extracting(Problem::messageKey).containsExactly("model.error.year");
        assertThat(ModelRules.checkVerdict(ModelStatus.RECOGNISED, null, 2026, 2026)).isEmpty();
        assertThat(ModelRules.checkVerdict(null, null, 2026, 2026))
                .extracting(Problem::messageKey).containsExactly("model.error.resultRequired");
        assertThat(ModelRules.checkVerdict(ModelStatus.SUBMITTED, null, 2026, 2026))
                .extracting(Problem::messageKey).containsExactly("model.error.resultRequired");
    }

    @Test
    void statesMoveOnlyForward() {
        assertThat(ModelStatus.DRAFT.allows(ModelStatus.SUBMITTED)).isTrue();
        assertThat(ModelStatus.DRAFT.allows(ModelStatus.RECOGNISED)).isFalse();
        assertThat(ModelStatus.SUBMITTED.allows(ModelStatus.RECOGNISED)).isTrue();
        assertThat(ModelStatus.SUBMITTED.allows(ModelStatus.NOT_RECOGNISED)).isTrue();
        assertThat(ModelStatus.RECOGNISED.allows(ModelStatus.NOT_RECOGNISED)).isFalse();
        assertThat(ModelStatus.NOT_RECOGNISED.allows(ModelStatus.SUBMITTED)).isFalse();
        for (ModelStatus s : ModelStatus.values()) {
            assertThat(s.allows(ModelStatus.DRAFT)).isFalse();
        }
    }

    @Test
    void resultLinesReadLabelValueAndUnitWithADecimalComma() {
        List<Problem> problems = new ArrayList<>();
        var lines = ModelRules.resultLines("Chiều dài đường; 3,2; km\n\nSố hộ hiến đất;86\nsai dòng", problems);
        assertThat(lines).extracting(ModelViews.ResultLine::amount)
                .containsExactly(new BigDecimal("3.2"), new BigDecimal("86"));
        assertThat(lines.get(0).unitName()).isEqualTo("km");
        assertThat(lines.get(1).unitName()).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.arguments()).containsExactly(4));
    }

    @Test
    void aModelNeedsItsFieldAndAPersonItsPositionAndArea() {
        var model = new ModelForm(EntryKind.MODEL, "Mô hình", null, 2026, "Cách làm", null, null, null, null, null,
                List.of(), List.of(), null);
        assertThat(ModelRules.checkRegistration(model, 2026)).extracting(Problem::field).containsExactly("field");
        var person = new ModelForm(EntryKind.PERSON, "Nguyễn Văn A", null, 2030, "Thành tích", null, null, null,
                null, null, List.of(), List.of(), null);
        assertThat(ModelRules.checkRegistration(person, 2026)).extracting(Problem::field)
                .containsExactly("year", "positionRole", "area");
    }
}
