package vn.danvan.petition.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.web.TableExport;

/**
 * Petition figures per unit: for officers, the units in their scope over a chosen period with an
 * export of the same table; for the public, every unit over the current year, numbers only.
 */
@Controller
class PetitionFiguresController {

    static final String STAFF = "petition/figures";
    static final String PUBLIC = "petition/public/figures";

    private final PetitionFigures figures;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final MessageSource messages;

    PetitionFiguresController(PetitionFigures figures, OrganisationService organisation, OrganisationScope scope,
            MessageSource messages) {
        this.figures = figures;
        this.organisation = organisation;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/petitions/figures")
    String staff(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Model model) {
        Period period = period(from, to);
        List<PetitionFiguresRow> rows = figures.forUnits(unitsInScope(), period.from(), period.to());
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("rows", rows);
        model.addAttribute("total", PetitionFigures.total(rows));
        return STAFF;
    }

    @GetMapping("/petitions/figures/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "xlsx") String format) {
        Period period = period(from, to);
        List<PetitionFiguresRow> rows = figures.forUnits(unitsInScope(), period.from(), period.to());
        List<String> header = TableExport.header(messages, "petition.figures.unit", "petition.figures.received",
                "petition.figures.answered", "petition.figures.answeredOnTime", "petition.figures.onTimeRate",
                "petition.figures.averageDays", "petition.figures.overdueNow", "petition.figures.satisfaction");
        List<List<Object>> table = new ArrayList<>();
        for (PetitionFiguresRow r : rows) {
            table.add(cells(r.unitName(), r));
        }
        table.add(cells(messages.getMessage("petition.figures.total", null, LocaleContextHolder.getLocale()),
                PetitionFigures.total(rows)));
        return TableExport.of(format, "so-lieu-phan-anh-kien-nghi", header, table);
    }

    @GetMapping("/portal/figures")
    String portal(Model model) {
        LocalDate today = figures.today();
        LocalDate from = today.withDayOfYear(1);
        List<PetitionFiguresRow> rows = figures.forUnits(organisation.activeUnits(), from, today);
        model.addAttribute("from", from);
        model.addAttribute("to", today);
        model.addAttribute("rows", rows);
        model.addAttribute("total", PetitionFigures.total(rows));
        return PUBLIC;
    }

    private List<UnitView> unitsInScope() {
        var visible = scope.visibleUnits();
        return organisation.activeUnits().stream().filter(u -> visible.includes(u.id())).toList();
    }

    /** The typed period, by default 1 January of this year to today; dates typed backwards are swapped. */
    private Period period(LocalDate from, LocalDate to) {
        LocalDate today = figures.today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        return start.isAfter(end) ? new Period(end, start) : new Period(start, end);
    }

    private static List<Object> cells(String unit, PetitionFiguresRow r) {
        return Arrays.asList(unit, r.received(), r.answered(), r.answeredOnTime(), r.onTimeRate(),
                r.averageWorkingDaysToAnswer(), r.overdueNow(), r.satisfaction());
    }

    private record Period(LocalDate from, LocalDate to) {
    }
}
