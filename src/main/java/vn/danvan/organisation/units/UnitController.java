package vn.danvan.organisation.units;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TableExport;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;

/** The unit tree and a unit's page, limited to the units in the signed-in person's scope. */
@Controller
class UnitController {

    static final String LIST = "organisation/units";

    private final UnitRepository units;
    private final UnitPage page;
    private final OrganisationScope scope;
    private final MessageSource messages;

    UnitController(UnitRepository units, UnitPage page, OrganisationScope scope, MessageSource messages) {
        this.units = units;
        this.page = page;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/units")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
            @RequestParam(defaultValue = "false") boolean retired, Model model) {
        model.addAttribute("units", filter(q, kind, retired));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("retired", retired);
        model.addAttribute("filter", new Filter(q, kind, retired));
        model.addAttribute("kindChoices", Choice.ofEnum(UnitKind::messageKey, UnitKind.values()));
        model.addAttribute("retiredChoices", List.of(Choice.ofKey(false, "common.no"), Choice.ofKey(true, "common.yes")));
        return LIST;
    }

    @GetMapping("/units/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) UnitKind kind, @RequestParam(defaultValue = "false") boolean retired,
            @RequestParam(defaultValue = "xlsx") String format) {
        var locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "unit.code", "unit.name", "unit.kind", "unit.parent", "unit.head", "unit.status");
        var byId = new java.util.HashMap<Long, String>();
        units.tree().forEach(u -> byId.put(u.id(), u.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitView u : filter(q, kind, retired)) {
            rows.add(List.of(u.code(), u.name(), messages.getMessage(u.kind().messageKey(), null, locale),
                    u.parentId() == null ? "" : byId.get(u.parentId()), u.headName() == null ? "" : u.headName(),
                    messages.getMessage(u.retired() ? "unit.status.retired" : "unit.status.active", null, locale)));
        }
        return TableExport.of(format, "don-vi", header, rows);
    }

    @GetMapping("/units/{id}")
    String detail(@PathVariable long id, Model model) {
        UnitView unit = units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
        scope.checkUnit(id);
        return page.show(unit, model);
    }

    /** The filter form's fields as the page shows them. */
    record Filter(String q, UnitKind kind, boolean retired) {
    }

    private List<UnitView> filter(String q, UnitKind kind, boolean retired) {
        var visible = scope.visibleUnits();
        return units.tree().stream()
                .filter(u -> visible.includes(u.id()))
                .filter(u -> retired || !u.retired())
                .filter(u -> kind == null || u.kind() == kind)
                .filter(u -> q == null || q.isBlank() || VietnameseText.matches(u.name() + " " + u.code(), q))
                .toList();
    }
}
