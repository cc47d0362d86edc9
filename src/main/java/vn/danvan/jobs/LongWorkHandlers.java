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

    boolean knows(String kind) {
        return byKind.containsKey(kind);
    }
}
