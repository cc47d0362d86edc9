package vn.danvan.shared.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * The shared indicator contract: each module that produces figures (petitions, dialogues,
 * dossiers, plans...) offers them through one provider bean, and reports, the dashboard and
 * commendation scores read every provider without knowing the modules.
 */
public interface IndicatorProvider {

    /** The indicators this module offers, in display order. */
    List<IndicatorDefinition> definitions();

    /**
     * The figures of one unit (the unit alone, not the units under it) for the days
     * {@code from}..{@code to}, both included, in Asia/Ho_Chi_Minh.
     */
    List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to);
}
