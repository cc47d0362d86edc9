package vn.danvan.jobs;

/**
 * One kind of long work, supplied by the module that owns it as a Spring bean; the jobs module finds it by
 * {@link #kind()} and knows nothing else of it.
 *
 * <p>{@link #run} runs on a scheduler thread, signed in as the job's owner (with the owner's roles and unit
 * scope as they are now) and in the owner's language, inside one transaction that also records the job's
 * end: what the handler writes and the job's "done" commit together or not at all. A job interrupted by a
 * node's death is run again from the start on another node, so a handler must start over cleanly: an import
 * writes nothing until every row is checked and then writes all rows in that one transaction (after a crash
 * nothing of it is left, and once committed the job is done and never runs again); an export writes a new
 * file from the start; work whose result is a page (a ranking) writes it whole in that one transaction.
 *
 * <p>The progress page counts rows unless the handler names what it counts ({@link #progressKey}).
 */
public interface LongWorkHandler {

    /** The kind this handler runs, e.g. {@code petition-inbox-export}; unique. */
    String kind();

    /** Does the work; reports progress as it goes; returns the file or the row report. */
    LongWorkResult run(LongWork work, LongWorkProgress progress) throws Exception;

    /**
     * The progress page's count for this kind: a message key with {0} done and {1} in all, e.g.
     * "12.345 / 100.000 dòng" (rows, the default) or "1.000 / 3.321 đơn vị".
     */
    default String progressKey() {
        return "jobs.progress";
    }

    /** The count while the total is not known yet: a message key with {0} done. */
    default String progressOpenKey() {
        return "jobs.progressOpen";
    }
}
