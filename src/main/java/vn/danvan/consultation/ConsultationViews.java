package vn.danvan.consultation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.danvan.shared.indicator.Rates;

/** The read models of a consultation: its options, its areas in scope, participation, tally and comments. */
final class ConsultationViews {

    private ConsultationViews() {
    }

    public record Option(long id, int position, String label) {
    }

    /** An area in scope: households snapshotted at the opening (null before), households that took part. */
    public record ScopeArea(long areaId, String name, Integer households, int participated) {
    }

    /** Households that took part out of those in scope, and the rate in per cent (one decimal). */
    public record Participation(long participated, long inScope) {
        public BigDecimal ratePercent() {
            return percent(participated, inScope);
        }
    }

    public record OptionCount(Option option, long votes) {
    }

    /** The tally: counts per option (only once it may be shown) and, for a decision, whether approved. */
    public record Tally(List<OptionCount> counts, Participation participation, Boolean approved, int thresholdPercent) {
    }

    /** A resident's comment: its text and day only. */
    public record Comment(LocalDate receivedOn, String body) {
    }

    static BigDecimal percent(long part, long whole) {
        return Rates.percent(part, whole);
    }
}
