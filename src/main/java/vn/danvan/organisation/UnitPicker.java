package vn.danvan.organisation;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.units.UnitRepository;
import vn.danvan.organisation.units.UnitRepository.UnitMatch;
import vn.danvan.shared.web.Choice;

/**
 * The one way a form or a filter offers a unit (đơn vị): up to {@link #LIST_LIMIT} units a list to choose from,
 * beyond it (a province, the country) a name typed with suggestions, as {@code fragments/forms :: unit} draws
 * the {@link UnitField} made here. Suggestions are at most {@link #SUGGESTIONS} units of the field's
 * {@link Scope}; a name typed and sent without choosing a suggestion (no JavaScript) is resolved when the form
 * is sent ({@link UnitPickResolution}) to one unit or to the field's error. What a form then does with the unit
 * is its own rule, checked as before: a unit outside the person's scope is refused whatever the picker offered.
 */
@Service
@Transactional(readOnly = true)
public class UnitPicker {

    /** Up to this many units a field lists them; beyond, the list weighed megabytes and a name is typed. */
    public static final int LIST_LIMIT = 300;
    /** Suggestions shown for what is typed, at most. */
    public static final int SUGGESTIONS = 20;

    /** Which units a field offers, and to whom its suggestions answer. */
    public enum Scope {
        /** The active units the signed-in person may see ({@link OrganisationScope#visibleUnits()}). */
        VISIBLE,
        /**
         * Every active unit, to a signed-in person: where a record goes to any unit (a petition or a dossier
         * transferred, an inspection's unit), as the list of every unit did.
         */
        ANY,
        /** Every active unit by its name alone, to anyone: the portal's forms and filters. */
        PUBLIC
    }

    private final UnitRepository units;
    private final OrganisationScope scope;

    UnitPicker(UnitRepository units, OrganisationScope scope) {
        this.units = units;
        this.scope = scope;
    }

    /**
     * A field offering the active units of the scope (of these kinds, any when none is given): listed by name in
     * tree order up to {@link #LIST_LIMIT}, typed beyond.
     */
    public UnitField field(Scope of, UnitKind... kinds) {
        return field(of, u -> Choice.of(u.id(), u.name()), kinds);
    }

    /**
     * A field of several units of the scope (of these kinds): up to {@link #LIST_LIMIT} a box for each, whose id
     * is {@code unit-<code>}; beyond, the units chosen ticked and a name typed to add one more.
     */
    public UnitField several(Scope of, UnitKind... kinds) {
        return field(of, u -> Choice.of(u.id(), u.name()).withId("unit-" + u.code()), kinds);
    }

    private UnitField field(Scope of, Function<UnitView, Choice> choice, UnitKind... kinds) {
        Set<UnitKind> wanted = kinds(kinds);
        Collection<Long> ids = idsOf(of);
        if (units.countActive(ids, wanted) > LIST_LIMIT) {
            return UnitField.typed(of, wanted, this);
        }
        return UnitField.listed(of, wanted, units.activeTree(ids).stream()
                .filter(u -> wanted.isEmpty() || wanted.contains(u.kind())).map(choice).toList(), this);
    }

    /**
     * A field whose units the form chose itself (the unit a record is in now though retired, a branch left out,
     * names indented by depth): listed as given up to {@link #LIST_LIMIT}; beyond, typed among the active units
     * of {@code typedScope} and {@code kinds}, the form's own rules still checked when it is sent.
     */
    public UnitField field(List<UnitView> offered, Function<UnitView, String> label, Scope typedScope,
            UnitKind... kinds) {
        Set<UnitKind> wanted = kinds(kinds);
        if (offered.size() > LIST_LIMIT) {
            return UnitField.typed(typedScope, wanted, this);
        }
        return UnitField.listed(typedScope, wanted, Choice.of(offered, UnitView::id, label), this);
    }

    /**
     * The units of the scope (of these kinds) whose name or code holds every word typed, without accents: at
     * most {@link #SUGGESTIONS} and one more, to tell that there are more.
     */
    List<UnitMatch> suggestions(String typed, Scope of, Set<UnitKind> kinds) {
        return units.matching(typed, idsOf(of), kinds, SUGGESTIONS + 1);
    }

    /**
     * The one unit of the scope a name (or a code) typed means: the unit of that code, else the one unit of
     * that very name, else the one unit whose name holds every word; none found or several (their first few
     * given, to tell them apart) otherwise.
     */
    Resolution resolve(String typed, Scope of, Set<UnitKind> kinds) {
        Collection<Long> ids = idsOf(of);
        List<UnitMatch> found = units.matching(typed, ids, kinds, SUGGESTIONS + 1);
        if (found.isEmpty()) {
            return new Resolution(null, found);
        }
        if (found.size() == 1 || found.get(0).code().equalsIgnoreCase(typed.strip())) {
            return new Resolution(found.get(0).id(), found);
        }
        // "An Bình" beside "An Bình Tây" and "Trường Tiểu học An Bình": the one of that very name, if one
        List<UnitMatch> named = units.named(typed, ids, kinds);
        if (named.size() == 1) {
            return new Resolution(named.get(0).id(), named);
        }
        return new Resolution(null, named.isEmpty() ? found : named);
    }

    /** What a name typed means: the unit found, or none and the candidates (empty: nothing matched). */
    record Resolution(Long unitId, List<UnitMatch> candidates) {

        boolean found() {
            return unitId != null;
        }
    }

    /** The name of a unit by id (typed as a number or text), or null when there is no such unit. */
    String nameOf(Object id) {
        Long unitId = idOf(id);
        return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse(null);
    }

    private static Long idOf(Object id) {
        if (id instanceof Number n) {
            return n.longValue();
        }
        if (id instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.valueOf(s.strip());
        }
        return null;
    }

    /** The units of these ids (numbers or text) by name, in the order given; unknown ids left out. */
    List<Choice> named(Collection<?> ids) {
        List<Long> wanted = ids.stream().map(UnitPicker::idOf).filter(java.util.Objects::nonNull).distinct().toList();
        java.util.Map<Long, UnitView> found = new java.util.HashMap<>();
        for (int i = 0; i < wanted.size(); i += 1000) {
            found.putAll(units.findAll(wanted.subList(i, Math.min(wanted.size(), i + 1000))));
        }
        return wanted.stream().filter(found::containsKey).map(id -> Choice.of(id, found.get(id).name())).toList();
    }

    /** The ids a scope is limited to, or null for every unit. */
    private Collection<Long> idsOf(Scope of) {
        if (of != Scope.VISIBLE) {
            return null;
        }
        return scope.visibleUnits().idsOrNull();
    }

    private static Set<UnitKind> kinds(UnitKind... kinds) {
        return kinds.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(Arrays.asList(kinds)));
    }
}
