/**
 * Leader dashboard (bảng điều hành): for each unit in the viewer's scope, at a glance, what needs
 * attention this year: the indicators that the modules mark for the dashboard through the shared
 * indicator contract (plan approved, report submitted, overdue petitions, and later modules' late
 * items as they come), each figure linked to the records behind it. Owns no data; reads every
 * {@link vn.danvan.shared.indicator.IndicatorProvider} and {@code organisation} for the units.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation"})
package vn.danvan.dashboard;
