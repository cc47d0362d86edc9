package vn.danvan.dashboard;

import java.math.BigDecimal;

/**
 * How a unit's branch stands at a glance (đèn tín hiệu), always shown with its word, never by colour
 * alone. No rule of the directive sets these levels, so they are constants of the dashboard:
 * <ul>
 * <li>{@link #RED} "Cần chú ý": at least {@link #ATTENTION_SHARE_PERCENT}% of the branch's units call for
 * attention by the indicators' own at-a-glance rules (a unit alone: as soon as it calls for attention);</li>
 * <li>{@link #AMBER} "Theo dõi": some unit calls for attention, or the petitions or dossiers handled on
 * time fall under {@link #ON_TIME_TARGET_PERCENT}%;</li>
 * <li>{@link #GREEN} "Tốt": otherwise.</li>
 * </ul>
 * Declared worst first: the order of "units needing attention first".
 */
enum TrafficLight {
    RED("danger"), AMBER("warning"), GREEN("success");

    /** Share of a branch's units calling for attention from which it is red. */
    static final int ATTENTION_SHARE_PERCENT = 20;
    /** On-time rate (petitions answered, dossiers returned) under which a branch is watched. */
    static final BigDecimal ON_TIME_TARGET_PERCENT = BigDecimal.valueOf(80);

    private final String colour;

    TrafficLight(String colour) {
        this.colour = colour;
    }

    static TrafficLight of(int units, int attentionUnits, BigDecimal... onTimeRates) {
        if (attentionUnits > 0 && attentionUnits * 100 >= ATTENTION_SHARE_PERCENT * Math.max(units, 1)) {
            return RED;
        }
        if (attentionUnits > 0) {
            return AMBER;
        }
        for (BigDecimal rate : onTimeRates) {
            if (rate != null && rate.compareTo(ON_TIME_TARGET_PERCENT) < 0) {
                return AMBER;
            }
        }
        return GREEN;
    }

    /** Bootstrap's colour name: text-bg-danger, ... */
    public String colour() {
        return colour;
    }

    public String messageKey() {
        return "dashboard.light." + name();
    }
}
