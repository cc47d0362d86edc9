package vn.danvan.consultation;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

/**
 * A meeting's count for one area: the day it was held and the households per option ({@code counts[5]=12},
 * by option id; a matter residents decide) or the households that took part (a matter they comment on).
 */
record MeetingForm(
        @NotNull(message = "{consultation.error.areaRequired}") Long areaId,
        @NotNull(message = "{consultation.error.heldOnRequired}") LocalDate heldOn,
        Map<Long, Integer> counts,
        Integer households) {

    /** No count sent is an empty map, so that a page can show each option's count. */
    MeetingForm {
        counts = counts == null ? Map.of() : counts;
    }
}
