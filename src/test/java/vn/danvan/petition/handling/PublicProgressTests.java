package vn.danvan.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.petition.handling.PetitionStatus.ACCEPTED;
import static vn.danvan.petition.handling.PetitionStatus.ANSWERED;
import static vn.danvan.petition.handling.PetitionStatus.CLOSED;
import static vn.danvan.petition.handling.PetitionStatus.IN_PROGRESS;
import static vn.danvan.petition.handling.PetitionStatus.MERGED;
import static vn.danvan.petition.handling.PetitionStatus.RECEIVED;
import static vn.danvan.petition.handling.PetitionStatus.REFUSED;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.petition.handling.PublicProgress.State;
import vn.danvan.petition.handling.PublicProgress.Step;

class PublicProgressTests {

    private static final OffsetDateTime DAY1 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    private static OffsetDateTime day(int n) {
        return DAY1.plusDays(n - 1);
    }

    private static StepView step(int day, String action, PetitionStatus from, PetitionStatus to) {
        return new StepView(day(day), "x", action, from, to, null, true, false);
    }

    private static List<String> shown(List<Step> steps) {
        return steps.stream().map(s -> s.labelKey().substring("petition.progress.".length()) + " "
                + s.state() + " " + (s.at() == null ? "-" : s.at().getDayOfMonth())).toList();
    }

    @Test
    void aPetitionJustReceivedIsAtTheFirstStepWithItsDate() {
        var steps = PublicProgress.of(RECEIVED, day(1), List.of(step(1, "RECEIVE", null, RECEIVED)));
        assertThat(shown(steps)).containsExactly("RECEIVED CURRENT 2", "ACCEPTED LATER -", "IN_PROGRESS LATER -",
                "ANSWERED LATER -");
        assertThat(steps.get(0).current()).isTrue();
        assertThat(steps.get(1).current()).isFalse();
    }

    @Test
    void anAnsweredPetitionHasEveryStepDoneWithTheDaysItGotThere() {
        var steps = PublicProgress.of(ANSWERED, day(1), List.of(step(1, "RECEIVE", null, RECEIVED),
                step(1, "ROUTE", RECEIVED, RECEIVED), step(2, "ACCEPT", RECEIVED, ACCEPTED),
                step(4, "START", PetitionStatus.ASSIGNED, IN_PROGRESS),
                step(9, "APPROVE_ANSWER", PetitionStatus.ANSWER_DRAFTED, ANSWERED)));
        assertThat(shown(steps)).containsExactly("RECEIVED DONE 2", "ACCEPTED DONE 3", "IN_PROGRESS DONE 5",
                "ANSWERED FINAL 10");
        assertThat(steps.get(3).current()).isTrue();
    }

    @Test
    void aReopenedPetitionIsInProgressAgainAndItsAnswerNoLongerCounts() {
        var steps = PublicProgress.of(IN_PROGRESS, day(1), List.of(step(1, "RECEIVE", null, RECEIVED),
                step(2, "ACCEPT", RECEIVED, ACCEPTED), step(3, "APPROVE_ANSWER", PetitionStatus.ANSWER_DRAFTED, ANSWERED),
                step(5, "CLOSE", ANSWERED, CLOSED), step(8, "REOPEN", CLOSED, IN_PROGRESS)));
        assertThat(shown(steps)).containsExactly("RECEIVED DONE 2", "ACCEPTED DONE 3", "IN_PROGRESS CURRENT 9",
                "ANSWERED LATER -");
    }

    @Test
    void aRefusedPetitionEndsWithItsRefusalEvenOnceClosed() {
        List<StepView> history = List.of(step(1, "RECEIVE", null, RECEIVED), step(2, "ACCEPT", RECEIVED, ACCEPTED),
                step(3, "REFUSE", ACCEPTED, REFUSED));
        assertThat(shown(PublicProgress.of(REFUSED, day(1), history)))
                .containsExactly("RECEIVED DONE 2", "ACCEPTED DONE 3", "REFUSED FINAL 4");
        var closed = new java.util.ArrayList<>(history);
        closed.add(step(6, "CLOSE", REFUSED, CLOSED));
        assertThat(shown(PublicProgress.of(CLOSED, day(1), closed)))
                .containsExactly("RECEIVED DONE 2", "ACCEPTED DONE 3", "REFUSED FINAL 4");
    }

    @Test
    void aMergedPetitionEndsMerged() {
        assertThat(shown(PublicProgress.of(MERGED, day(1), List.of(step(1, "RECEIVE", null, RECEIVED),
                step(2, "MERGE", RECEIVED, MERGED)))))
                .containsExactly("RECEIVED DONE 2", "MERGED FINAL 3");
    }

    @Test
    void aTransferKeepsTheDayOfReceipt() {
        assertThat(shown(PublicProgress.of(RECEIVED, day(1), List.of(step(1, "RECEIVE", null, RECEIVED),
                step(2, "ACCEPT", RECEIVED, ACCEPTED), step(4, "TRANSFER", ACCEPTED, RECEIVED)))))
                .containsExactly("RECEIVED CURRENT 2", "ACCEPTED LATER -", "IN_PROGRESS LATER -", "ANSWERED LATER -");
    }
}
