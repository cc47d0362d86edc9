package vn.danvan.shared.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a select, a set of radios or of check boxes drawn by {@code fragments/forms}: the
 * value sent, and either the text shown as it is (a unit's name) or the message key of the text (an
 * enum's label); the id of its box when a page must name it (otherwise {@code name-value}).
 */
public record Choice(String value, String text, String key, String id) {

    /** An option shown as it is, e.g. a unit by its name. */
    public static Choice of(Object value, String text) {
        return new Choice(String.valueOf(value), text, null, null);
    }

    /** An option whose text is a message key. */
    public static Choice ofKey(Object value, String key) {
        return new Choice(String.valueOf(value), null, key, null);
    }

    /** The same option with the id its box carries on the page. */
    public Choice withId(String boxId) {
        return new Choice(value, text, key, boxId);
    }

    /** Enum constants by name, each labelled by its message key. */
    @SafeVarargs
    public static <E extends Enum<E>> List<Choice> ofEnum(Function<E, String> key, E... constants) {
        return Arrays.stream(constants).map(e -> ofKey(e.name(), key.apply(e))).toList();
    }

    /** Any records, by a value and a shown text. */
    public static <T> List<Choice> of(Collection<T> items, Function<T, Object> value, Function<T, String> text) {
        return items.stream().map(i -> of(value.apply(i), text.apply(i))).toList();
    }
}
