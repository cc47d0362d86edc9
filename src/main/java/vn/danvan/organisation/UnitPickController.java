package vn.danvan.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.organisation.units.UnitRepository.UnitMatch;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The suggestions of a typed unit field ({@code fragments/forms :: unit}) for what is typed in it: at most
 * {@link UnitPicker#SUGGESTIONS} units of the field's scope. The signed-in address answers only a signed-in
 * person (the security chain's rule for every address outside the portal), within their own scope for
 * {@link UnitPicker.Scope#VISIBLE}; the portal's answers anyone with the active units by name alone.
 */
@Controller
class UnitPickController {

    static final String PATH = "/units/pick";
    static final String PUBLIC_PATH = "/portal/units/pick";
    static final String OPTIONS = "organisation/unitPick :: options";
    /** A field's name as the forms name their fields; anything else is not a unit field of ours. */
    static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    /** What is typed is looked for up to this length (a unit's name is shorter). */
    static final int MAX_TYPED = 200;

    private final UnitPicker picker;

    UnitPickController(UnitPicker picker) {
        this.picker = picker;
    }

    /**
     * The suggestions for the field {@code name}, whose text comes as {@code <name>-text} (the text box itself,
     * as htmx sends it) or as {@code q}.
     */
    @GetMapping(PATH)
    String suggest(@RequestParam(required = false) String name,
            @RequestParam(defaultValue = "VISIBLE") UnitPicker.Scope scope,
            @RequestParam(required = false) String kinds, HttpServletRequest request, Model model) {
        return options(typed(name, request), scope, kinds, model);
    }

    @GetMapping(PUBLIC_PATH)
    String suggestToAnyone(@RequestParam(required = false) String name,
            @RequestParam(required = false) String kinds, HttpServletRequest request, Model model) {
        return options(typed(name, request), UnitPicker.Scope.PUBLIC, kinds, model);
    }

    private String options(String typed, UnitPicker.Scope scope, String kinds, Model model) {
        List<UnitMatch> found = typed == null ? List.of() : picker.suggestions(typed, scope, kinds(kinds));
        model.addAttribute("typed", typed);
        model.addAttribute("suggestions", found.stream().limit(UnitPicker.SUGGESTIONS).toList());
        model.addAttribute("more", found.size() > UnitPicker.SUGGESTIONS);
        model.addAttribute("showCodes", scope != UnitPicker.Scope.PUBLIC);
        model.addAttribute("limit", UnitPicker.SUGGESTIONS);
        return OPTIONS;
    }

    private static String typed(String name, HttpServletRequest request) {
        String text = name != null && FIELD_NAME.matcher(name).matches() ? request.getParameter(name + "-text") : null;
        text = TypedText.of(text != null ? text : request.getParameter("q"));
        return text == null ? null : text.substring(0, Math.min(text.length(), MAX_TYPED));
    }

    /** Kinds named in the address, joined by commas (none: any); a name that is not a kind is a bad request. */
    static Set<UnitKind> kinds(String names) {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (String name : names == null ? new String[0] : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                kinds.add(UnitKind.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("error.unreadable");
            }
        }
        return kinds;
    }
}
