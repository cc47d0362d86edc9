package vn.danvan.shared.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared indicator contract: each module that produces figures (petitions, dialogues,
 * dossiers, plans...) offers them through one provider bean, and reports, the dashboard and
 * commendation scores read every provider through {@link IndicatorReader} without knowing the modules.
 */
public interface IndicatorProvider {

    /** The indicators this module offers, in display order. */
    List<IndicatorDefinition> definitions();

    /**
     * The figures of each given unit (the unit alone, not the units under it) for the days
     * {@code from}..{@code to}, both included, in Asia/Ho_Chi_Minh: one call for all the units, with
     * a number of queries that does not grow with them (one per indicator or group of indicators,
     * grouped by unit; see {@link UnitCounts}). Every given unit has an entry.
     */
    Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to);

    /** The figures of one unit: {@link #values(Collection, LocalDate, LocalDate)} for a set of one. */
    default List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        return values(Set.of(unitId), from, to).getOrDefault(unitId, List.of());
    }
}
