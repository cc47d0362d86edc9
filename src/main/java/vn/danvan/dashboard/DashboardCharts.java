package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * What static/js/dashboard-charts.js draws, as JSON carried by each canvas ({@code data-chart}): the
 * labels (the rows' units, in the table's order), the series with their names in the page's language,
 * and where a click on a unit goes (its drill-down). The same figures are in the text table after
 * each chart, which is what a screen reader and a browser without JavaScript get.
 */
final class DashboardCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DashboardCharts() {
    }

    /** Petitions answered and dossiers returned on time, in %, per unit (bars). */
    static String onTimeByUnit(DashboardOverview overview, String drillBase, MessageSource messages, Locale locale) {
        return chart("bar", true, overview.byUnit(), drillBase, List.of(
                series(messages.getMessage("dashboard.card.petitionsOnTime", null, locale), overview,
                        DashboardOverview.Figures::petitionsOnTime),
                series(messages.getMessage("dashboard.card.dossiersOnTime", null, locale), overview,
                        DashboardOverview.Figures::dossiersOnTime)));
    }

    /** Petitions answered and dossiers returned on time, in %, in each of the last twelve months (lines). */
    static String onTimeByMonth(DashboardOverview overview, MessageSource messages, Locale locale) {
        List<DashboardOverview.Month> months = overview.byMonth();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "line");
        chart.put("percent", true);
        chart.put("labels", months.stream().map(DashboardOverview.Month::label).toList());
        chart.put("datasets", List.of(
                Map.of("label", messages.getMessage("dashboard.card.petitionsOnTime", null, locale),
                        "data", months.stream().map(m -> (Object) m.petitionsOnTime()).toList()),
                Map.of("label", messages.getMessage("dashboard.card.dossiersOnTime", null, locale),
                        "data", months.stream().map(m -> (Object) m.dossiersOnTime()).toList())));
        return JSON.writeValueAsString(chart);
    }

    /** Reports submitted and reports due per unit (bars). */
    static String reportsByUnit(DashboardOverview overview, String drillBase, MessageSource messages, Locale locale) {
        return chart("bar", false, overview.byUnit(), drillBase, List.of(
                series(messages.getMessage("dashboard.chart.reportsSubmitted", null, locale), overview,
                        f -> BigDecimal.valueOf(f.reportsSubmitted())),
                series(messages.getMessage("dashboard.chart.reportsDue", null, locale), overview,
                        f -> BigDecimal.valueOf(f.reportsDue()))));
    }

    private static Map<String, Object> series(String label, DashboardOverview overview,
            Function<DashboardOverview.Figures, BigDecimal> value) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("label", label);
        s.put("data", overview.byUnit().stream().map(value).toList());
        return s;
    }

    private static String chart(String type, boolean percent, List<DashboardOverview.Figures> units, String drillBase,
            List<Map<String, Object>> series) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type);
        chart.put("percent", percent);
        chart.put("labels", units.stream().map(DashboardOverview.Figures::unitName).toList());
        chart.put("links", units.stream().map(u -> drillBase + (drillBase.contains("?") ? "&" : "?") + "unit=" + u.unitId())
                .toList());
        chart.put("datasets", series);
        return JSON.writeValueAsString(chart);
    }
}
