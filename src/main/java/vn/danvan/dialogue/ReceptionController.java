package vn.danvan.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.TableExport;
import vn.danvan.shared.web.TitledTable;

/**
 * The citizen-reception schedule (lịch tiếp công dân): the communes in the account's scope, week by
 * week for a month or a quarter, and its export as shown.
 */
@Controller
class ReceptionController {

    static final String PAGE = "dialogue/reception";

    private final ReceptionSchedules schedules;
    private final MessageSource messages;

    ReceptionController(ReceptionSchedules schedules, MessageSource messages) {
        this.schedules = schedules;
        this.messages = messages;
    }

    @GetMapping("/dialogue/reception")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String year,
            Model model) {
        LocalDate today = schedules.today();
        ReceptionPeriod chosen = ReceptionPeriod.of(period, year(year), today);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("period", chosen);
        model.addAttribute("filter", new Filter(chosen.code(), chosen.year()));
        model.addAttribute("periods", ReceptionPeriod.options(chosen.year()).stream().map(o -> Choice.of(o.code(),
                messages.getMessage(o.optionKey(), new Object[] {o.number()}, locale))).toList());
        model.addAttribute("years", IntStream.rangeClosed(Math.max(ReceptionPeriod.FIRST_YEAR, today.getYear() - 4),
                today.getYear() + 1).mapToObj(y -> Choice.of(y, Integer.toString(y))).toList());
        model.addAttribute("columns", columns(chosen));
        model.addAttribute("rows", schedules.rows(chosen));
        model.addAttribute("states", ReceptionState.values());
        return PAGE;
    }

    @GetMapping("/dialogue/reception/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String period,
            @RequestParam(required = false) String year, @RequestParam(defaultValue = "xlsx") String format) {
        ReceptionPeriod chosen = ReceptionPeriod.of(period, year(year), schedules.today());
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = new ArrayList<>();
        header.add(text("dialogue.reception.commune"));
        for (Column c : columns(chosen)) {
            header.add(messages.getMessage("dialogue.reception.week", new Object[] {c.number(), c.span()}, locale));
        }
        header.add(text("dialogue.reception.summary"));
        List<List<Object>> rows = new ArrayList<>();
        for (ReceptionSchedules.Row r : schedules.rows(chosen)) {
            List<Object> row = new ArrayList<>();
            row.add(r.unit().name());
            for (ReceptionWeek w : r.weeks()) {
                String state = text(w.state().messageKey());
                row.add(w.chairedByHead() ? state + " (" + text("dialogue.reception.byHead") + ")" : state);
            }
            row.add(messages.getMessage("dialogue.reception.coverage",
                    new Object[] {r.coverage().covered(), r.coverage().due()}, locale));
            rows.add(row);
        }
        String name = "lich-tiep-cong-dan-" + chosen.code().toLowerCase(Locale.ROOT) + "-" + chosen.year();
        if ("csv".equalsIgnoreCase(format)) {
            return TableExport.csv(name, header, rows);
        }
        String title = text("dialogue.reception.title") + " - "
                + messages.getMessage(chosen.messageKey(), new Object[] {chosen.number(), chosen.year()}, locale);
        return TableExport.xlsx(name, new TitledTable(text("dialogue.reception.title"), List.of(title), header, rows,
                List.of()));
    }

    /** The period chooser as shown: the period's code (M3, Q1) and its year. */
    record Filter(String period, Integer year) {
    }

    /** A week's column head: its ISO number and its days. */
    record Column(int number, String span) {
    }

    private static List<Column> columns(ReceptionPeriod period) {
        return ReceptionSchedule.mondays(period.from(), period.to()).stream()
                .map(m -> new Column(ReceptionWeek.number(m), ReceptionWeek.span(m))).toList();
    }

    /** The year typed in the address, or null (this year) when it is not a number. */
    private static Integer year(String year) {
        return year != null && year.trim().matches("\\d{4}") ? Integer.valueOf(year.trim()) : null;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
