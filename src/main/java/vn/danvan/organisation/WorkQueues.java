package vn.danvan.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module puts on a person's "Việc của tôi" page: the queues of its records that are that person's to act on
 * by their roles and unit (none when nothing of the module is theirs). Each queue is a count and its oldest few
 * records, read with bounded queries: the page is every official's home.
 */
public interface WorkQueues {

    /** The person's queues in this module on {@code today} (Viet Nam date), empty ones included. */
    List<WorkQueue> of(CurrentUser user, LocalDate today);
}
