package vn.danvan.planning;

import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;

/**
 * Which units make an annual plan: those clause 1 of the directive addresses, the committees,
 * offices and public service units. The Fatherland Front and the socio-political organisations
 * supervise (clause 1g) and make no plan here.
 */
final class PlanningUnits {

    /** Plans before this year are not accepted: the directive dates from 2018. */
    static final int FIRST_YEAR = 2018;

    private PlanningUnits() {
    }

    static boolean addressed(UnitView unit) {
        return unit.kind() != UnitKind.FATHERLAND_FRONT && unit.kind() != UnitKind.SOCIO_POLITICAL_ORGANISATION;
    }
}
