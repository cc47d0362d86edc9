package vn.danvan.jobs;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A job as its page and the list show it; {@code resultLink} and {@code resultTextKey} are those of a job whose
 * result is a page ({@link LongWorkResult.Page}), else null.
 */
record LongWorkView(long id, String kind, String titleKey, List<String> titleArgs, long ownerAccountId,
        LongWorkState state, long done, Long total, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, String resultName, boolean hasFile, boolean hasReport, String errorKey,
        String resultLink, String resultTextKey) {

    public Object[] titleArgArray() {
        return titleArgs.toArray();
    }

    /** Done out of total, 0-100, when the total is known. */
    public Integer percent() {
        if (total == null || total <= 0) {
            return state == LongWorkState.DONE ? 100 : null;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
