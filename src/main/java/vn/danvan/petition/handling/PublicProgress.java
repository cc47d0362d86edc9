package vn.danvan.petition.handling;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A petition's progress as its public lookup page shows it (tiến độ giải quyết): Tiếp nhận, Thụ lý, Đang xử lý,
 * Đã trả lời, each step reached with its date. A refused or merged petition ends with that state after the steps it
 * went through, not with steps it will never reach. Made from the public steps the page reads anyway
 * ({@link PetitionRepository#findForCitizen}): no query of its own, one short loop (the page is benchmarked).
 */
public final class PublicProgress {

    /** Where a step stands: passed, the one the petition is at, the last one (the petition's end), still to come. */
    public enum State {
        DONE, CURRENT, FINAL, LATER
    }

    /** One step: its label's key, the day it was reached (null when not reached or not shown publicly), its state. */
    public record Step(String labelKey, OffsetDateTime at, State state) {

        /** Whether the page marks it as where the petition stands ({@code aria-current="step"}). */
        public boolean current() {
            return state == State.CURRENT || state == State.FINAL;
        }

        public String stateKey() {
            return "petition.progress.state." + state.name();
        }
    }

    private static final PetitionStatus[] PHASES = {PetitionStatus.RECEIVED, PetitionStatus.ACCEPTED,
        PetitionStatus.IN_PROGRESS, PetitionStatus.ANSWERED};

    private PublicProgress() {
    }

    /** The steps of a petition in {@code status}, received at {@code receivedAt}, from its public history, oldest first. */
    static List<Step> of(PetitionStatus status, OffsetDateTime receivedAt, List<StepView> history) {
        OffsetDateTime[] reachedAt = new OffsetDateTime[PHASES.length];
        reachedAt[0] = receivedAt;
        int reached = 0;
        PetitionStatus end = null;
        OffsetDateTime endedAt = null;
        for (StepView step : history) {
            PetitionStatus to = step.to();
            if (to == PetitionStatus.REFUSED || to == PetitionStatus.MERGED) {
                end = to;
                endedAt = step.at();
                continue;
            }
            if (to == PetitionStatus.CLOSED && end != null) {
                continue; // a refused petition closed: the refusal stays its end
            }
            end = null;
            int phase = phase(to);
            if (phase != reached) {
                if (phase > 0) {
                    reachedAt[phase] = step.at(); // the latest time it got there (again, after a reopening)
                }
                for (int later = phase + 1; later < PHASES.length; later++) {
                    reachedAt[later] = null;
                }
                reached = phase;
            }
        }
        List<Step> steps = new ArrayList<>(PHASES.length + 1);
        if (status == PetitionStatus.REFUSED || status == PetitionStatus.MERGED
                || (status == PetitionStatus.CLOSED && end != null)) {
            for (int i = 0; i <= reached; i++) {
                steps.add(new Step(labelKey(PHASES[i]), reachedAt[i], State.DONE));
            }
            steps.add(new Step(labelKey(end != null ? end : status), endedAt, State.FINAL));
            return steps;
        }
        int current = phase(status);
        for (int i = 0; i < PHASES.length; i++) {
            State state = i < current ? State.DONE
                    : i > current ? State.LATER
                    : i == PHASES.length - 1 ? State.FINAL : State.CURRENT;
            steps.add(new Step(labelKey(PHASES[i]), state == State.LATER ? null : reachedAt[i], state));
        }
        return steps;
    }

    /** The step of the four a status belongs to (an assigned petition is still "accepted" to the public). */
    private static int phase(PetitionStatus status) {
        return switch (status) {
            case RECEIVED, REFUSED, MERGED -> 0;
            case ACCEPTED, ASSIGNED -> 1;
            case IN_PROGRESS, INFO_REQUESTED, ANSWER_DRAFTED -> 2;
            case ANSWERED, CLOSED -> 3;
        };
    }

    private static String labelKey(PetitionStatus status) {
        return "petition.progress." + status.name();
    }
}
