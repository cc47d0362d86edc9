/**
 * Supervision and social criticism (giám sát, phản biện xã hội; Directive 02/CT-UBND clause 1g): the
 * Fatherland Front and the socio-political organisations file supervision plans, supervision conclusions
 * with recommendations and social criticism of draft policies, addressed to one or more units; each unit
 * answers each recommendation by its due date (stated in the request, else the working days of the
 * setting counted on {@code calendar}); the Front marks each answer satisfactory or not and chooses what
 * the portal publishes. Overdue answers are escalated through {@code notification}; figures per unit go
 * to reports and the dashboard through the indicator contract. Scope comes from {@code organisation},
 * changes go to {@code audit}. No petitioner data is read or shown here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit", "legal",
    "calendar", "notification"})
package vn.danvan.supervision;
