package vn.danvan.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.TableExport;

/** The leader dashboard and its export; leaders, Home Affairs and heads of units (their own units). */
@Controller
@PreAuthorize("hasAnyRole('LEADER','HOME_AFFAIRS','ADMIN','UNIT_HEAD')")
class DashboardController {

    static final String VIEW = "dashboard/dashboard";
    static final int FIRST_YEAR = 2018;

    private final Dashboard dashboard;
    private final MessageSource messages;
    private final Clock clock;

    DashboardController(Dashboard dashboard, MessageSource messages, Clock clock) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) String clause,
            Model model) {
        int thisYear = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        int shown = year == null || year < FIRST_YEAR || year > thisYear ? thisYear : year;
        Locale locale = LocaleContextHolder.getLocale();
        DashboardTable table = dashboard.of(shown, known(clause));
        model.addAttribute("table", table);
        model.addAttribute("filter", new DashboardFilter(table.year(), table.clause()));
        model.addAttribute("clauses", dashboard.clauses().stream()
                .map(c -> Choice.of(c, messages.getMessage("dashboard.view.clause",
                        new Object[] {c, messages.getMessage("dashboard.clause." + c, null, locale)}, locale)))
                .toList());
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).map(y -> Choice.of(y, String.valueOf(y))).toList());
        return VIEW;
    }

    @GetMapping("/dashboard/export")
    ResponseEntity<byte[]> export(@RequestParam int year, @RequestParam(required = false) String clause,
            @RequestParam(defaultValue = "xlsx") String format) {
        Locale locale = LocaleContextHolder.getLocale();
        DashboardTable table = dashboard.of(year, known(clause));
        List<String> header = new ArrayList<>();
        header.add(messages.getMessage("dashboard.unit", null, locale));
        table.columns().forEach(c -> header.add(messages.getMessage(c.labelKey(), null, locale)));
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardTable.Row row : table.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.unitName());
            for (DashboardTable.Cell cell : row.cells()) {
                cells.add(cell.yesNo() ? messages.getMessage(cell.yes() ? "dashboard.yes" : "dashboard.no", null, locale)
                        : cell.value());
            }
            rows.add(cells);
        }
        return TableExport.of(format, "bang-dieu-hanh-" + year + (table.clause() == null ? "" : "-muc-" + table.clause()),
                header, rows);
    }

    /** The clause asked for if some indicator evidences it; otherwise the at-a-glance view. */
    private String known(String clause) {
        return clause != null && dashboard.clauses().contains(clause) ? clause : null;
    }
}
