package vn.danvan.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A queue of work that is the person's to act on ("Việc của tôi"), as a module counts it: its name (a message key),
 * how many records wait in it, the oldest of them (at most {@link #SHOWN}, oldest or first due first), the page that
 * lists them all, and what the person reads when it is empty (a message key saying what comes next).
 *
 * @param order where the queue stands on the page among the others (smaller first)
 */
public record WorkQueue(int order, String nameKey, long count, List<Item> oldest, String listPath, String emptyKey) {

    /** How many of a queue's records the page shows; the rest are one click away. */
    public static final int SHOWN = 5;

    public WorkQueue {
        oldest = List.copyOf(oldest);
    }

    /** A queue read whole, already in order (a unit's few records of a kind): counted here, the first shown. */
    public static WorkQueue ofAll(int order, String nameKey, List<Item> all, String listPath, String emptyKey) {
        return new WorkQueue(order, nameKey, all.size(), all.stream().limit(SHOWN).toList(), listPath, emptyKey);
    }

    /**
     * One record waiting: what it is (a message key and its arguments, e.g. a code and a title), the message key of
     * its state when the queue holds several (else null), the page that opens it, and when it is due (null when it
     * has no deadline).
     */
    public record Item(String labelKey, List<Object> labelArgs, String stateKey, String path, LocalDate due) {

        public Item {
            labelArgs = List.copyOf(labelArgs);
        }

        /** A record named by its title alone (data, shown as it is). */
        public static Item titled(String title, String path, LocalDate due) {
            return new Item("work.item.title", List.of(title == null ? "" : title), null, path, due);
        }

        /** A record named by its code and title (data, shown as they are). */
        public static Item named(String code, String title, String path, LocalDate due) {
            return new Item("work.item.named", List.of(code, title == null ? "" : title), null, path, due);
        }

        public boolean overdue(LocalDate today) {
            return due != null && due.isBefore(today);
        }
    }
}
