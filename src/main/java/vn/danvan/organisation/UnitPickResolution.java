package vn.danvan.organisation;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.danvan.organisation.units.UnitRepository.UnitMatch;
import vn.danvan.shared.text.TypedText;

/**
 * The no-JavaScript path of a typed unit field ({@code fragments/forms :: unit}): the form sends the unit's id
 * ({@code <name>}, chosen among the suggestions or drawn with the page), the name shown or typed
 * ({@code <name>-text}) and a marker ({@value #MARKER}: form or filter, scope, kinds, name). Before anything is
 * bound, the name typed is resolved here within the field's scope, so that the handler receives the unit's id as
 * if it had been chosen:
 * <ul>
 * <li>the name of the unit whose id came along: that id, unchanged;</li>
 * <li>nothing: no unit;</li>
 * <li>a name (or code) that means one unit of the scope: that unit's id;</li>
 * <li>none or several: in a form, the field's error ({@link UnitPickBinding}), with what was typed kept; in a
 * list's filter, no unit filter and the error beside the field.</li>
 * </ul>
 * A field of several units ({@code add}) sends the ids ticked and a name typed to add one: the unit it means joins
 * them; none or several is the field's error, the units ticked kept.
 * Runs after the security chain: the scope is the signed-in person's, and an anonymous visitor's is always the
 * portal's. A unit resolved here is checked by the handler as one chosen from a list would be.
 */
@Component
class UnitPickResolution extends OncePerRequestFilter {

    /** The request parameter that marks a typed unit field. */
    static final String MARKER = "unit-pick";
    /** The request attribute holding each field's failure, by field name (what {@code forms :: unit} shows). */
    static final String FAILURES = "dvUnitPickFailures";
    static final String FORM = "form";
    static final String FILTER = "filter";
    /** A unit added to several ({@code fragments/forms :: units}): the one resolved joins those sent. */
    static final String ADD = "add";
    /** What a failed field's id becomes in a form: not a number, so that binding calls it a field error. */
    static final String UNRESOLVED = "unresolved";

    private final UnitPicker picker;
    private final OrganisationScope scope;

    UnitPickResolution(UnitPicker picker, OrganisationScope scope) {
        this.picker = picker;
        this.scope = scope;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getParameter(MARKER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> changed = new LinkedHashMap<>();
        Map<String, Failure> failures = new LinkedHashMap<>();
        for (String marker : request.getParameterValues(MARKER)) {
            Field field = Field.of(marker, scope.currentUser().isPresent());
            if (field != null) {
                resolve(field, request, changed, failures);
            }
        }
        if (!failures.isEmpty()) {
            request.setAttribute(FAILURES, Collections.unmodifiableMap(failures));
        }
        chain.doFilter(changed.isEmpty() ? request : new Resolved(request, changed), response);
    }

    private void resolve(Field field, HttpServletRequest request, Map<String, String[]> changed,
            Map<String, Failure> failures) {
        String typedParam = request.getParameter(field.name() + "-text");
        if (typedParam == null) {
            return; // the field's text was not sent: the id is taken as it is
        }
        String typed = TypedText.of(typedParam);
        if (typed == null) {
            if (!field.adding()) {
                changed.put(field.name(), new String[] {""});
            }
            return;
        }
        String id = request.getParameter(field.name());
        if (!field.adding() && id != null && !id.isBlank() && typed.equals(TypedText.of(picker.nameOf(id)))) {
            return;
        }
        typed = typed.substring(0, Math.min(typed.length(), UnitPickController.MAX_TYPED));
        UnitPicker.Resolution found = picker.resolve(typed, field.scope(), field.kinds());
        if (found.found()) {
            changed.put(field.name(), field.adding() ? added(request.getParameterValues(field.name()), found.unitId())
                    : new String[] {String.valueOf(found.unitId())});
            return;
        }
        failures.put(field.name(), new Failure(typed, found.candidates(), field.adding()));
        if (!field.adding()) {
            changed.put(field.name(), new String[] {FILTER.equals(field.mode()) ? "" : UNRESOLVED});
        }
    }

    /** The ids sent with the one resolved added, once. */
    private static String[] added(String[] sent, long unitId) {
        List<String> ids = new java.util.ArrayList<>(sent == null ? List.of() : List.of(sent));
        if (!ids.contains(String.valueOf(unitId))) {
            ids.add(String.valueOf(unitId));
        }
        return ids.toArray(String[]::new);
    }

    /**
     * Why the name typed in a field means no unit: none matched it, or these several did; {@code adding} when it
     * was to join several units (the form's error then comes from {@link UnitPickBinding}'s check, the units
     * already chosen kept as sent).
     */
    record Failure(String typed, List<UnitMatch> candidates, boolean adding) {

        static final int NAMED = 5;

        public boolean ambiguous() {
            return !candidates.isEmpty();
        }

        /** The message key of the field's error. */
        public String messageKey() {
            return ambiguous() ? "unit.pick.ambiguous" : "unit.pick.notFound";
        }

        /** The message's arguments: what was typed, and the first few units it matched with their parent. */
        public Object[] arguments() {
            StringBuilder named = new StringBuilder();
            candidates.stream().limit(NAMED).forEach(u -> named.append(named.isEmpty() ? "" : "; ").append(u.name())
                    .append(u.parentName() == null ? "" : " (" + u.parentName() + ")"));
            if (candidates.size() > NAMED) {
                named.append("; …");
            }
            return new Object[] {typed, named.toString()};
        }
    }

    /** A field's marker read: form, filter or add, the scope (the portal's for anyone not signed in), kinds, name. */
    private record Field(String mode, UnitPicker.Scope scope, Set<UnitKind> kinds, String name) {

        boolean adding() {
            return ADD.equals(mode);
        }

        static Field of(String marker, boolean signedIn) {
            String[] parts = marker.split(":", 4);
            if (parts.length != 4 || !UnitPickController.FIELD_NAME.matcher(parts[3]).matches()
                    || !Set.of(FORM, FILTER, ADD).contains(parts[0])) {
                return null;
            }
            try {
                UnitPicker.Scope scope = signedIn ? UnitPicker.Scope.valueOf(parts[1]) : UnitPicker.Scope.PUBLIC;
                return new Field(parts[0], scope, UnitPickController.kinds(parts[2]), parts[3]);
            } catch (RuntimeException e) {
                return null; // a marker typed by hand: the field is taken as it came
            }
        }
    }

    /**
     * The request with the fields' ids as resolved; every other parameter read from the request itself (a
     * multipart form's fields are found there only once the servlet's multipart support has read them).
     */
    private static final class Resolved extends HttpServletRequestWrapper {

        private final Map<String, String[]> changed;

        Resolved(HttpServletRequest request, Map<String, String[]> changed) {
            super(request);
            this.changed = Map.copyOf(changed);
        }

        @Override
        public String getParameter(String name) {
            String[] values = changed.get(name);
            return values == null ? super.getParameter(name) : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = changed.get(name);
            return values == null ? super.getParameterValues(name) : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
            all.putAll(changed);
            return Collections.unmodifiableMap(all);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
