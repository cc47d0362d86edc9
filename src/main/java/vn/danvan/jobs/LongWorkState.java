package vn.danvan.jobs;

/**
 * Where a job stands. The allowed moves live here: a queued job starts; a running job starts again when the
 * node that ran it died (db-scheduler hands it to another node) and ends done or failed; a job that ended
 * never moves again. The label is the message {@code jobs.state.<NAME>}.
 */
public enum LongWorkState {
    /** Chờ chạy: recorded, waiting for a node. */
    QUEUED,
    /** Đang chạy. */
    RUNNING,
    /** Hoàn thành: the file or the row report is ready. */
    DONE,
    /** Không thành công: the error is recorded. */
    FAILED;

    /** Whether a job in this state may move to {@code next}. */
    public boolean allows(LongWorkState next) {
        return switch (next) {
            case QUEUED -> false;
            case RUNNING -> this == QUEUED || this == RUNNING;
            case DONE -> this == RUNNING;
            case FAILED -> this == QUEUED || this == RUNNING;
        };
    }

    public boolean ended() {
        return this == DONE || this == FAILED;
    }

    public String messageKey() {
        return "jobs.state." + name();
    }

    /** The Bootstrap colour of the state's label (always shown with its word). */
    public String colour() {
        return switch (this) {
            case QUEUED -> "secondary";
            case RUNNING -> "primary";
            case DONE -> "success";
            case FAILED -> "danger";
        };
    }
}
