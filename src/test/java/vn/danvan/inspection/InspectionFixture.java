package vn.danvan.inspection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

import vn.danvan.organisation.OrganisationFixture;

/**
 * Inspections and violation cases in a given state, made as Home Affairs makes them on the inspection
 * screens: an inspection of the unit on the day the case was found, the case recorded on it, then decided.
 */
final class InspectionFixture {

    /** Home Affairs' officer, who manages inspections and leads the team here. */
    private static final String MANAGER = "noivu";

    private final Inspections inspections;
    private final Violations violations;
    private final OrganisationFixture organisation;

    private InspectionFixture(ApplicationContext context) {
        this.inspections = context.getBean(Inspections.class);
        this.violations = context.getBean(Violations.class);
        this.organisation = OrganisationFixture.of(context);
    }

    static InspectionFixture of(ApplicationContext context) {
        return new InspectionFixture(context);
    }

    /**
     * A case against Home Affairs' officer found on the unit's inspection of {@code foundOn} (today or
     * earlier), left open, or decided (a reprimand) the next day with the follow-up due then. Its id.
     */
    long violation(long unitId, LocalDate foundOn, ViolationStatus status, LocalDate followUpDue) {
        long official = organisation.personOf(MANAGER);
        return organisation.actingAs(MANAGER, () -> {
            long inspection = inspections.create(null, unitId, foundOn, List.of(official), official);
            long id = violations.record(inspection, official, "Quy chế", "Chứng cứ", Measure.CANH_CAO);
            switch (status) {
                case OPEN -> {
                }
                case DECIDED -> violations.decide(id, "01/QĐ-KL", foundOn.plusDays(1), Measure.CANH_CAO, followUpDue,
                        violations.get(id).version());
                default -> throw new IllegalArgumentException("not made here: " + status);
            }
            return id;
        });
    }
}
