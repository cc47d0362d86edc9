package vn.danvan.notification;

import java.util.List;

/**
 * What a batch of {@link NoticeService#notifyOnce} calls did (a reminder to every late unit in one action): how
 * many notices were sent, how many had been sent before, how many had nobody to tell.
 */
public final class NoticeTally {

    private final int[] counts = new int[NoticeOutcome.values().length];

    public void add(NoticeOutcome outcome) {
        counts[outcome.ordinal()]++;
    }

    public int sent() {
        return counts[NoticeOutcome.SENT.ordinal()];
    }

    public int alreadySent() {
        return counts[NoticeOutcome.ALREADY_SENT.ordinal()];
    }

    public int nobodyToTell() {
        return counts[NoticeOutcome.NOBODY_TO_TELL.ordinal()];
    }

    /** Sent, sent before, nobody to tell: the arguments of a message that reports the batch. */
    public List<Integer> counts() {
        return List.of(sent(), alreadySent(), nobodyToTell());
    }
}
