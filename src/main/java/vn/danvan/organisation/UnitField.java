package vn.danvan.organisation;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.danvan.shared.web.Choice;

/**
 * A unit field as {@code fragments/forms :: unit} draws it, made by {@link UnitPicker}: the units to choose from
 * when they are few ({@link #listed()}), else the scope and kinds its suggestions and the name typed are looked
 * for in.
 *
 * @param choices the units listed, or null when a name is typed
 */
public record UnitField(UnitPicker.Scope scope, Set<UnitKind> kinds, List<Choice> choices,
        Function<Object, String> names) {

    static UnitField listed(UnitPicker.Scope scope, Set<UnitKind> kinds, List<Choice> choices,
            Function<Object, String> names) {
        return new UnitField(scope, kinds, List.copyOf(choices), names);
    }

    static UnitField typed(UnitPicker.Scope scope, Set<UnitKind> kinds, Function<Object, String> names) {
        return new UnitField(scope, kinds, null, names);
    }

    public boolean listed() {
        return choices != null;
    }

    /** The same field without that unit among those listed (a record's own unit, to send it elsewhere). */
    public UnitField without(long unitId) {
        if (!listed()) {
            return this;
        }
        String value = String.valueOf(unitId);
        return new UnitField(scope, kinds, choices.stream().filter(c -> !c.value().equals(value)).toList(), names);
    }

    /** The kinds as the suggestions' address takes them: names joined by commas, empty for any. */
    public String kindNames() {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Where the suggestions come from: the portal's for anyone, else the signed-in one. */
    public String path() {
        return scope == UnitPicker.Scope.PUBLIC ? UnitPickController.PUBLIC_PATH : UnitPickController.PATH;
    }

    /**
     * What the hidden marker of the field says, for {@link UnitPickResolution}: whether it is a list's filter
     * (not bound to a form record), the scope, the kinds and the field's name.
     */
    public String marker(String name, boolean filter) {
        return (filter ? UnitPickResolution.FILTER : UnitPickResolution.FORM) + ":" + scope + ":" + kindNames() + ":"
                + name;
    }

    /** The name of the unit chosen (an id as a number or as text), empty when none or unknown. */
    public String nameOf(Object id) {
        String name = names.apply(id);
        return name == null ? "" : name;
    }
}
