package vn.danvan.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.dossier.DossierFigures.Figures;
import vn.danvan.dossier.DossierFigures.Line;
import vn.danvan.shared.web.DateInput;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.TableExport;

/** The on-time figures of a chosen period per unit and per procedure, for the units in scope, with export. */
@Controller
class DossierFiguresController {

    static final String VIEW = "dossier/figures";

    private final DossierFigures figures;
    private final Dossiers dossiers;
    private final MessageSource messages;

    DossierFiguresController(DossierFigures figures, Dossiers dossiers, MessageSource messages) {
        this.figures = figures;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    /** The period asked for; also the object of the page's filter form. */
    record Period(LocalDate from, LocalDate to) {
    }

    private Period period(String from, String to) {
        LocalDate today = dossiers.today();
        LocalDate f = from == null || from.isBlank() ? today.withDayOfYear(1)
                : DateInput.parse(from).orElseThrow(() -> new InvalidRequestException("dossier.error.periodDate"));
        LocalDate t = to == null || to.isBlank() ? today
                : DateInput.parse(to).orElseThrow(() -> new InvalidRequestException("dossier.error.periodDate"));
        if (t.isBefore(f) || f.plusYears(5).isBefore(t)) {
            throw new InvalidRequestException("dossier.error.period");
        }
        return new Period(f, t);
    }

    @GetMapping("/dossiers/figures")
    String show(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Period p = period(from, to);
        Figures f = figures.of(p.from(), p.to());
        model.addAttribute("period", p);
        model.addAttribute("from", p.from());
        model.addAttribute("to", p.to());
        model.addAttribute("figures", f);
        model.addAttribute("parts", List.of("units", "procedures"));
        return VIEW;
    }

    @GetMapping("/dossiers/figures/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "xlsx") String format) {
        Period p = period(from, to);
        Figures f = figures.of(p.from(), p.to());
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        add(rows, messages.getMessage("dossier.unit", null, locale), f.units());
        add(rows, messages.getMessage("dossier.procedure", null, locale), f.procedures());
        return TableExport.of(format, "ty-le-dung-han-" + p.from() + "-" + p.to(), TableExport.header(messages,
                "dossier.figures.by", "dossier.figures.name", "dossier.indicator.received",
                "dossier.indicator.returned", "dossier.indicator.returnedOnTime", "dossier.indicator.onTimeRate"),
                rows);
    }

    private static void add(List<List<Object>> rows, String by, List<Line> lines) {
        for (Line l : lines) {
            rows.add(List.of(by, l.name(), l.received(), l.returned(), l.onTime(), l.rate() == null ? "" : l.rate()));
        }
    }
}
