package vn.danvan.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.inspection.InspectionStatus.CONCLUDED;
import static vn.danvan.inspection.InspectionStatus.DRAFT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/** The inspection record's table of moves, and each change: the state after it, its refusal naming the state, its rules. */
class InspectionStatesTests {

    private static final Map<InspectionStatus, Set<InspectionStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(CONCLUDED),
            CONCLUDED, Set.of());

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheTableSays() {
        assertThat(ALLOWED).containsOnlyKeys(InspectionStatus.values());
        for (InspectionStatus from : InspectionStatus.values()) {
            for (InspectionStatus to : InspectionStatus.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
        assertThat(DRAFT.editable()).isTrue();
        assertThat(CONCLUDED.editable()).isFalse();
    }

    @Test
    void aDraftIsWrittenBlankTextKeptAsNone() {
        Inspection i = inspection(DRAFT, null);
        i.write("Niêm yết đủ thủ tục", "  ");
        assertThat(i.findings()).isEqualTo("Niêm yết đủ thủ tục");
        assertThat(i.conclusion()).isNull();
        assertThat(i.status()).isEqualTo(DRAFT);
    }

    @Test
    void aDraftWithEveryItemMarkedAndAConclusionIsConcluded() {
        Inspection i = inspection(DRAFT, "Chấp hành tốt");
        i.conclude(List.of(check(CheckResult.PASS), check(CheckResult.NOT_APPLICABLE)), AT);
        assertThat(i.status()).isEqualTo(CONCLUDED);
        assertThat(i.concludedAt()).isEqualTo(AT);
    }

    @Test
    void aConclusionNeedsEveryItemMarkedAndItsText() {
        Inspection unmarked = inspection(DRAFT, "Chấp hành tốt");
        assertThat(problems(() -> unmarked.conclude(List.of(check(CheckResult.PASS), check(null)), AT)))
                .containsExactly("checks=inspection.error.checksIncomplete");
        assertThat(unmarked.status()).isEqualTo(DRAFT);
        Inspection unwritten = inspection(DRAFT, " ");
        assertThat(problems(() -> unwritten.conclude(List.of(check(null)), AT)))
                .containsExactly("checks=inspection.error.checksIncomplete", "conclusion=inspection.error.conclusionRequired");
        assertThat(unwritten.concludedAt()).isNull();
    }

    @Test
    void aConcludedRecordNeitherChangesNorConcludesAgainAndTheRefusalNamesItsState() {
        Inspection i = inspection(CONCLUDED, "Chấp hành tốt");
        refusedNaming(() -> i.write("x", "y"));
        refusedNaming(() -> i.conclude(List.of(check(CheckResult.PASS)), AT));
        assertThat(i.conclusion()).isEqualTo("Chấp hành tốt");
        assertThat(i.status()).isEqualTo(CONCLUDED);
    }

    private static void refusedNaming(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("inspection.error.concluded");
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly(CONCLUDED.messageKey());
        });
    }

    /** The problems a change is refused with, each as "field=key" (field "-" for the whole form). */
    static List<String> problems(Runnable change) {
        try {
            change.run();
        } catch (InvalidRequestException e) {
            return e.problems().stream().map(InspectionStatesTests::key).toList();
        }
        throw new AssertionError("not refused");
    }

    static String key(Problem p) {
        return (p.field() == null ? "-" : p.field()) + "=" + p.messageKey();
    }

    private static Records.Check check(CheckResult r) {
        return new Records.Check(1, 1, "Giờ làm việc", r, null);
    }

    private static Inspection inspection(InspectionStatus status, String conclusion) {
        return new Inspection(1, 2, status, null, conclusion, null, 0);
    }
}
