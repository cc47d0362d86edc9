package vn.danvan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

class ModelEntryStatesTests {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    /** The whole table of allowed moves, written out: from each state, the states it may go to. */
    private static final Map<ModelStatus, Set<ModelStatus>> ALLOWED = Map.of(
            ModelStatus.DRAFT, Set.of(ModelStatus.SUBMITTED),
            ModelStatus.SUBMITTED, Set.of(ModelStatus.RECOGNISED, ModelStatus.NOT_RECOGNISED),
            ModelStatus.RECOGNISED, Set.of(),
            ModelStatus.NOT_RECOGNISED, Set.of());

    @Test
    void everyMoveIsAllowedExactlyAsTheTableSays() {
        for (ModelStatus from : ModelStatus.values()) {
            for (ModelStatus to : ModelStatus.values()) {
                assertThat(from.allows(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyADraftIsEditable() {
        for (ModelStatus s : ModelStatus.values()) {
            assertThat(s.editable()).as("%s", s).isEqualTo(s == ModelStatus.DRAFT);
        }
    }

    @Test
    void submittingADraftRecordsWhen() {
        ModelEntry e = entry(ModelStatus.DRAFT);
        e.submit(AT);
        assertThat(e.status()).isEqualTo(ModelStatus.SUBMITTED);
        assertThat(e.submittedAt()).isEqualTo(AT);
    }

    @Test
    void onlyADraftIsSubmittedAndTheRefusalNamesTheState() {
        for (ModelStatus s : Set.of(ModelStatus.SUBMITTED, ModelStatus.RECOGNISED, ModelStatus.NOT_RECOGNISED)) {
            ModelEntry e = entry(s);
            assertRefused(() -> e.submit(AT), "model.error.transition", s);
            assertThat(e.status()).isEqualTo(s);
        }
    }

    @Test
    void recognisingKeepsTheYearAndNoReason() {
        ModelEntry e = entry(ModelStatus.SUBMITTED);
        e.evaluate(ModelStatus.RECOGNISED, 85, "Tốt", "ignored", 2026, "noivu", AT);
        assertThat(e.status()).isEqualTo(ModelStatus.RECOGNISED);
        assertThat(e.totalScore()).isEqualTo(85);
        assertThat(e.recognitionYear()).isEqualTo(2026);
        assertThat(e.reason()).isNull();
        assertThat(e.evaluatedAt()).isEqualTo(AT);
        assertThat(e.evaluatedBy()).isEqualTo("noivu");
    }

    @Test
    void notRecognisingTakesAReasonAndKeepsNoYear() {
        ModelEntry e = entry(ModelStatus.SUBMITTED);
        assertThatThrownBy(() -> e.evaluate(ModelStatus.NOT_RECOGNISED, 30, null, " ", null, "noivu", AT))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> {
                    assertThat(x.messageKey()).isEqualTo("model.error.reasonRequired");
                    assertThat(x.field()).isEqualTo("reason");
                });
        assertThat(e.status()).isEqualTo(ModelStatus.SUBMITTED);
        e.evaluate(ModelStatus.NOT_RECOGNISED, 30, null, "Chưa có kết quả", 2026, "noivu", AT);
        assertThat(e.status()).isEqualTo(ModelStatus.NOT_RECOGNISED);
        assertThat(e.reason()).isEqualTo("Chưa có kết quả");
        assertThat(e.recognitionYear()).isNull();
    }

    @Test
    void aVerdictIsRecognisedOrNot() {
        for (ModelStatus notAVerdict : Set.of(ModelStatus.DRAFT, ModelStatus.SUBMITTED)) {
            ModelEntry e = entry(ModelStatus.SUBMITTED);
            assertThatThrownBy(() -> e.evaluate(notAVerdict, 1, null, "x", 2026, "noivu", AT))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            x -> assertThat(x.messageKey()).isEqualTo("model.error.resultRequired"));
        }
    }

    @Test
    void onlyASubmittedEntryIsEvaluatedAndOnlyOnce() {
        for (ModelStatus s : Set.of(ModelStatus.DRAFT, ModelStatus.RECOGNISED, ModelStatus.NOT_RECOGNISED)) {
            ModelEntry e = entry(s);
            assertRefused(e::requireEvaluable, "model.error.notSubmitted", s);
            assertRefused(() -> e.evaluate(ModelStatus.RECOGNISED, 90, null, null, 2026, "noivu", AT),
                    "model.error.notSubmitted", s);
            assertThat(e.status()).isEqualTo(s);
        }
        entry(ModelStatus.SUBMITTED).requireEvaluable();
    }

    @Test
    void onlyADraftIsEditedAndItKeepsItsKind() {
        ModelEntry submitted = entry(ModelStatus.SUBMITTED);
        assertRefused(() -> submitted.edit(EntryKind.MODEL, "Khác", ModelField.ECONOMY, 2026, "Khác", null, null,
                null, null), "model.error.transition", ModelStatus.SUBMITTED);
        ModelEntry draft = entry(ModelStatus.DRAFT);
        assertThatThrownBy(() -> draft.edit(EntryKind.PERSON, "Nguyễn Văn A", null, 2026, "Thành tích", null, null,
                "Trưởng ấp", "Ấp 1")).isInstanceOfSatisfying(InvalidRequestException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("model.error.kindFixed"));
        draft.edit(EntryKind.MODEL, "Tên mới", ModelField.ECONOMY, 2025, "Cách làm", "Kết quả", "30 hộ", "bỏ qua",
                "bỏ qua");
        assertThat(draft.name()).isEqualTo("Tên mới");
        assertThat(draft.year()).isEqualTo(2025);
        assertThat(draft.positionRole()).isNull();
        assertThat(draft.area()).isNull();
    }

    private static ModelEntry entry(ModelStatus status) {
        return new ModelEntry(1, 2, "UBND xã", EntryKind.MODEL, "Mô hình", ModelField.ECONOMY, 2026, "Nội dung",
                null, null, null, null, status, null, null, null, null, null, null, null, 3);
    }

    private static void assertRefused(Runnable action, String key, ModelStatus state) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).singleElement().isInstanceOfSatisfying(MessageSourceResolvable.class,
                    r -> assertThat(r.getCodes()).containsExactly(state.messageKey()));
        });
    }
}
