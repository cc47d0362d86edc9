package vn.danvan.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

/** Problems of a form, field to message key; empty when the input was accepted. */
final class Problems {

    static final String STALE = "inspection.error.stale";

    private final Map<String, String> byField = new LinkedHashMap<>();
    private Long id;

    static Problems none(long id) {
        Problems p = new Problems();
        p.id = id;
        return p;
    }

    static Problems of(String field, String key) {
        return new Problems().add(field, key);
    }

    Problems add(String field, String key) {
        byField.putIfAbsent(field, key);
        return this;
    }

    boolean any() {
        return !byField.isEmpty();
    }

    Map<String, String> map() {
        return byField;
    }

    /** The id of the record made or changed, when accepted. */
    Long id() {
        return id;
    }

    Problems withId(long id) {
        this.id = id;
        return this;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Required text of at most {@code max} characters, or the problem on the field. */
    Problems requireText(String field, String value, int max, String requiredKey) {
        if (blankToNull(value) == null) {
            add(field, requiredKey);
        } else if (value.strip().length() > max) {
            add(field, "inspection.error.tooLong");
        }
        return this;
    }
}
