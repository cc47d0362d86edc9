package vn.danvan.jobs;

/**
 * How far a job has come, as its page shows it ("12.345 / 100.000 dòng"). Cheap to call for every row: the
 * count is written to the database at most a few times a second, in a transaction of its own, so that the
 * progress page sees it while the job's own transaction is still open.
 */
public interface LongWorkProgress {

    /** How many rows (or units, items) there are in all, when known. */
    void total(long total);

    /** How many are done so far. */
    void done(long done);

    /** One more done. */
    void step();
}
