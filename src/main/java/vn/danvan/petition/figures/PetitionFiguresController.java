package vn.danvan.petition.figures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
import org.springframework.web.util.UriComponentsBuilder;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.TableExport;

/**
 * Petition figures as a summary per child unit with a drill-down ({@code unit}): for officers, from
 * their unit (or the committee it serves) over a chosen period with an export of the same table; for
 * the public, any unit over the current year from the stored summary, numbers only.
 */
@Controller
class PetitionFiguresController {

    static final String STAFF = "petition/figures";
    static final String PUBLIC = "petition/public/figures";
    static final String PUBLIC_PENDING = "petition/public/figures-pending";

    private static final DateTimeFormatter REFRESHED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final PetitionFigures figures;
    private final PetitionFiguresPages pages;
    private final MessageSource messages;

    PetitionFiguresController(PetitionFigures figures, PetitionFiguresPages pages, MessageSource messages) {
        this.figures = figures;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/petitions/figures")
    String staff(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long unit,
            Model model) {
        Period period = period(from, to);
        PetitionFiguresTable table = pages.staff(unit, period.from(), period.to());
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("table", table);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/petitions/figures")
                .queryParam("from", period.from()).queryParam("to", period.to()).toUriString());
        model.addAttribute("exportUrl", UriComponentsBuilder.fromPath("/petitions/figures/export")
                .queryParam("from", period.from()).queryParam("to", period.to()).queryParam("unit", table.unitId())
                .toUriString());
        model.addAttribute("refreshed", refreshed(table));
        return STAFF;
    }

    @GetMapping("/petitions/figures/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "xlsx") String format) {
        Period period = period(from, to);
        PetitionFiguresTable t = pages.staff(unit, period.from(), period.to());
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "petition.figures.unit", "petition.figures.received",
                "petition.figures.answered", "petition.figures.answeredOnTime", "petition.figures.onTimeRate",
                "petition.figures.averageDays", "petition.figures.overdueNow", "petition.figures.satisfaction");
        List<List<Object>> table = new ArrayList<>();
        if (t.own() != null) {
            table.add(cells(t.rows().isEmpty() ? t.own().unitName()
                    : messages.getMessage("petition.figures.own", new Object[] {t.own().unitName()}, locale), t.own()));
        }
        for (PetitionFiguresTable.Row r : t.rows()) {
            table.add(cells(r.figures().unitName(), r.figures()));
        }
        table.add(cells(messages.getMessage("petition.figures.total", null, locale), t.total()));
        return TableExport.of(format, "so-lieu-phan-anh-kien-nghi", header, table);
    }

    /** The figures of this year, per child unit, from the summary kept by the recurring task: no petition is read. */
    @GetMapping("/portal/figures")
    String portal(@RequestParam(required = false) Long unit, Model model) {
        PetitionFiguresTable table = pages.portal(unit);
        if (table == null) {
            return PUBLIC_PENDING;
        }
        model.addAttribute("from", table.from());
        model.addAttribute("to", table.to());
        model.addAttribute("table", table);
        model.addAttribute("base", "/portal/figures");
        model.addAttribute("refreshed", refreshed(table));
        return PUBLIC;
    }

    private static String refreshed(PetitionFiguresTable table) {
        return table.refreshedAt() == null ? null
                : REFRESHED.format(table.refreshedAt().atZoneSameInstant(DanVanTime.ZONE));
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
