package vn.danvan.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.danvan.shared.web.Choice;

/**
 * A unit field as {@code fragments/forms :: unit} (one unit) or {@code :: units} (several) draws it, made by
 * {@link UnitPicker}: the units to choose from when they are few ({@link #listed()}), else the scope and kinds its
 * suggestions and the name typed are looked for in.
 */
public final class UnitField {

    private final UnitPicker.Scope scope;
    private final Set<UnitKind> kinds;
    private final List<Choice> choices;
    private final UnitPicker picker;

    private UnitField(UnitPicker.Scope scope, Set<UnitKind> kinds, List<Choice> choices, UnitPicker picker) {
        this.scope = scope;
        this.kinds = kinds;
        this.choices = choices;
        this.picker = picker;
    }

    static UnitField listed(UnitPicker.Scope scope, Set<UnitKind> kinds, List<Choice> choices, UnitPicker picker) {
        return new UnitField(scope, kinds, List.copyOf(choices), picker);
    }

    static UnitField typed(UnitPicker.Scope scope, Set<UnitKind> kinds, UnitPicker picker) {
        return new UnitField(scope, kinds, null, picker);
    }

    /** Whether the units are listed to choose from (few), rather than a name typed. */
    public boolean listed() {
        return choices != null;
    }

    /** The units listed, or null when a name is typed. */
    public List<Choice> choices() {
        return choices;
    }

    public UnitPicker.Scope scope() {
        return scope;
    }

    /** The same field without that unit among those listed (a record's own unit, to send it elsewhere). */
    public UnitField without(long unitId) {
        if (!listed()) {
            return this;
        }
        String value = String.valueOf(unitId);
        return new UnitField(scope, kinds, choices.stream().filter(c -> !c.value().equals(value)).toList(), picker);
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
     * What the hidden marker of the field says, for {@link UnitPickResolution}: how the field is sent ({@code form},
     * {@code filter} for a list's filters, {@code add} for a unit added to several), the scope, the kinds and the
     * field's name.
     */
    public String marker(String name, String mode) {
        return mode + ":" + scope + ":" + kindNames() + ":" + name;
    }

    /** The name of the unit chosen (an id as a number or as text), empty when none or unknown. */
    public String nameOf(Object id) {
        String name = picker.nameOf(id);
        return name == null ? "" : name;
    }

    /** The units chosen (ids as numbers or text), by name, in the order given; unknown ids left out. */
    public List<Choice> named(Collection<?> ids) {
        return ids == null ? List.of() : picker.named(ids);
    }
}
