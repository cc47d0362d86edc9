package vn.danvan.commendation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The round's weights table, each value by the indicator's code ({@code weight[reporting.reportOnTime]=7,5}):
 * the weight from -100 to 100, the normalisation and the cap (above 0, needed for a count against a cap;
 * at most the column's numeric(14, 3)); and the round's version the page showed.
 */
record WeightsForm(
        Map<String, @DecimalMin(value = "-100", message = "{commendation.error.weight}")
                @DecimalMax(value = "100", message = "{commendation.error.weight}") BigDecimal> weight,
        Map<String, Normalisation> norm,
        Map<String, @DecimalMin(value = "0", inclusive = false, message = "{commendation.error.cap}")
                @DecimalMax(value = "99999999999", message = "{commendation.error.cap}") BigDecimal> cap,
        @NotNull Long version) {

    /** Nothing sent reads as empty (the page draws each row's fields from these). */
    WeightsForm {
        weight = weight == null ? Map.of() : weight;
        norm = norm == null ? Map.of() : norm;
        cap = cap == null ? Map.of() : cap;
    }

    /** The table as it stands. */
    static WeightsForm of(List<Commendations.WeightRow> rows, long version) {
        Map<String, BigDecimal> weight = new LinkedHashMap<>();
        Map<String, Normalisation> norm = new LinkedHashMap<>();
        Map<String, BigDecimal> cap = new LinkedHashMap<>();
        for (Commendations.WeightRow r : rows) {
            String code = r.definition().code();
            weight.put(code, r.weight().weight());
            norm.put(code, r.weight().normalisation());
            if (r.weight().cap() != null) {
                cap.put(code, r.weight().cap());
            }
        }
        return new WeightsForm(weight, norm, cap, version);
    }
}
