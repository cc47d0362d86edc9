package vn.danvan.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every module's {@link LongWorkHandler}, by kind; two handlers of one kind stop the start-up. */
@Component
class LongWorkHandlers {

    private final Map<String, LongWorkHandler> byKind = new HashMap<>();

    LongWorkHandlers(List<LongWorkHandler> handlers) {
        for (LongWorkHandler h : handlers) {
            if (h.kind() == null || h.kind().isBlank()) {
                throw new IllegalStateException("A long-work handler without a kind: " + h.getClass().getName());
            }
            LongWorkHandler before = byKind.putIfAbsent(h.kind(), h);
            if (before != null) {
                throw new IllegalStateException("Two long-work handlers of kind " + h.kind() + ": "
                        + before.getClass().getName() + " and " + h.getClass().getName());
            }
        }
    }

    Optional<LongWorkHandler> of(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The progress page's count of a kind: its handler's message keys, rows for a kind no longer known. */
    Counting counting(String kind) {
        return of(kind).map(h -> new Counting(h.progressKey(), h.progressOpenKey()))
                .orElse(new Counting("jobs.progress", "jobs.progressOpen"));
    }

    /** The message keys of a count: {0} done of {1} in all, and {0} done while the total is not known. */
    record Counting(String progressKey, String progressOpenKey) {

        /** The key for a job, as its total is known or not. */
        public String keyFor(LongWorkView job) {
            return job.total() != null ? progressKey : progressOpenKey;
        }
    }

    boolean knows(String kind) {
        return byKind.containsKey(kind);
    }
}
