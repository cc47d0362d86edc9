package vn.danvan.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.TableExport;

/**
 * The leader dashboard and its export; leaders, Home Affairs and heads of units (their own units). One
 * unit at a time: a row per child unit with its branch's figures, a drill-down to a child
 * ({@code unit}), sorting by any column ({@code sort}, {@code dir}).
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER','HOME_AFFAIRS','ADMIN','UNIT_HEAD')")
class DashboardController {

    static final String VIEW = "dashboard/dashboard";
    static final int FIRST_YEAR = 2018;
    private static final DateTimeFormatter REFRESHED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

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
            @RequestParam(required = false) Long unit, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(defaultValue = "false") boolean communes,
            Model model) {
        int thisYear = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        int shown = year == null || year < FIRST_YEAR || year > thisYear ? thisYear : year;
        Locale locale = LocaleContextHolder.getLocale();
        DashboardTable table = dashboard.of(shown, known(clause), unit, sort, descending(dir), communes);
        model.addAttribute("table", table);
        String base = url("/dashboard", table.year(), table.clause(), communes).toUriString();
        model.addAttribute("base", base);
        model.addAttribute("allUnitsUrl", url("/dashboard", table.year(), table.clause(), false)
                .queryParam("unit", table.unitId()).toUriString());
        model.addAttribute("communesUrl", url("/dashboard", table.year(), table.clause(), true)
                .queryParam("unit", table.unitId()).toUriString());
        model.addAttribute("lightShare", TrafficLight.ATTENTION_SHARE_PERCENT);
        model.addAttribute("lightTarget", TrafficLight.ON_TIME_TARGET_PERCENT.intValue());
        model.addAttribute("onTimeChart", DashboardCharts.onTimeByUnit(table.overview(), base, messages, locale));
        model.addAttribute("monthsChart", DashboardCharts.onTimeByMonth(table.overview(), messages, locale));
        model.addAttribute("reportsChart", DashboardCharts.reportsByUnit(table.overview(), base, messages, locale));
        model.addAttribute("exportUrl", url("/dashboard/export", table.year(), table.clause(), communes)
                .queryParam("unit", table.unitId()).queryParam("sort", table.sort())
                .queryParam("dir", table.descending() ? "desc" : "asc").toUriString());
        model.addAttribute("refreshed", table.refreshedAt() == null ? null
                : REFRESHED.format(table.refreshedAt().atZoneSameInstant(DanVanTime.ZONE)));
        model.addAttribute("filter", new DashboardFilter(table.year(), table.clause()));
        model.addAttribute("clauses", dashboard.clauses().stream()
                .map(c -> Choice.of(c, messages.getMessage("dashboard.view.clause",
                        new Object[] {c, messages.getMessage("dashboard.clause." + c, null, locale)}, locale)))
                .toList());
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).map(y -> Choice.of(y, String.valueOf(y))).toList());
        return VIEW;
    }

    /** What the page shows, as a table: the unit's branch, its own figures, then its child units in the page's order. */
    @GetMapping("/dashboard/export")
    ResponseEntity<byte[]> export(@RequestParam int year, @RequestParam(required = false) String clause,
            @RequestParam(required = false) Long unit, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(defaultValue = "false") boolean communes,
            @RequestParam(defaultValue = "xlsx") String format) {
        Locale locale = LocaleContextHolder.getLocale();
        DashboardTable table = dashboard.of(year, known(clause), unit, sort, descending(dir), communes);
        List<String> header = new ArrayList<>();
        header.add(messages.getMessage("dashboard.unit", null, locale));
        header.add(messages.getMessage("dashboard.units", null, locale));
        header.add(messages.getMessage("dashboard.attentionUnits", null, locale));
        table.columns().forEach(c -> header.add(messages.getMessage(c.labelKey(), null, locale)
                + (DashboardTable.mean(c) && table.hasChildren() ? " " + messages.getMessage("dashboard.meanMark", null, locale)
                        : "")));
        List<List<Object>> rows = new ArrayList<>();
        if (table.total() != null) {
            rows.add(cells(table.total(), messages.getMessage("dashboard.total", new Object[] {table.total().unitName()},
                    locale), locale));
            rows.add(cells(table.own(), messages.getMessage("dashboard.own", new Object[] {table.own().unitName()},
                    locale), locale));
        } else {
            rows.add(cells(table.own(), table.own().unitName(), locale));
        }
        table.rows().forEach(r -> rows.add(cells(r, r.unitName(), locale)));
        return TableExport.of(format, "bang-dieu-hanh-" + year + (table.clause() == null ? "" : "-muc-" + table.clause()),
                header, rows);
    }

    private List<Object> cells(DashboardTable.Row row, String name, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        cells.add(row.units());
        cells.add(row.attentionUnits());
        for (DashboardTable.Cell cell : row.cells()) {
            if (cell.yesNo() && cell.single()) {
                cells.add(cell.askedUnits() == 0 ? null
                        : messages.getMessage(cell.yes() ? "dashboard.yes" : "dashboard.no", null, locale));
            } else if (cell.yesNo()) {
                cells.add(messages.getMessage("dashboard.yesOf", new Object[] {cell.yesUnits(), cell.askedUnits()}, locale));
            } else {
                cells.add(cell.value());
            }
        }
        return cells;
    }

    private static UriComponentsBuilder url(String path, int year, String clause, boolean communes) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).queryParam("year", year);
        if (clause != null) {
            url.queryParam("clause", UriUtils.encode(clause, StandardCharsets.UTF_8));
        }
        if (communes) {
            url.queryParam("communes", true);
        }
        return url;
    }

    /** "asc" sorts ascending, "desc" or nothing descending (the first click on a figure); anything else is refused. */
    private static boolean descending(String dir) {
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            throw new InvalidRequestException("dashboard.dir.unknown", dir);
        }
        return !"asc".equals(dir);
    }

    /** The clause asked for if some indicator evidences it; otherwise the at-a-glance view. */
    private String known(String clause) {
        return clause != null && dashboard.clauses().contains(clause) ? clause : null;
    }
}
