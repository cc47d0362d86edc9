/**
 * Yearly civic-engagement reports (báo cáo công tác dân vận, Directive 02/CT-UBND clauses 3 and 4):
 * Home Affairs opens a reporting period with a template (narrative sections and indicators) for the
 * units that must report; each unit's report is pre-filled with figures from every
 * {@link vn.danvan.shared.indicator.IndicatorProvider} (stored, so consolidation never asks the
 * modules again), written and self-rated by the unit's officers, signed off and then submitted by
 * its head, returned or accepted by Home Affairs. The first submission's time decides on time or
 * late (a later resubmission after a return keeps it). Reminders go to units that have not
 * submitted; completeness and timeliness rates per period; the consolidated report for the
 * Chairman in DOCX, PDF and XLSX, numbered by the document register on approval. Uses
 * {@code organisation} for scope, {@code calendar} for reminder days, {@code notification},
 * {@code audit}, {@code documents}, and {@code jobs} for a consolidated report of many units.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared",
        "organisation", "calendar", "audit", "notification", "documents", "jobs"})
package vn.danvan.reporting;
