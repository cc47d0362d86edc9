/**
 * Citizens' petitions (phản ánh, kiến nghị - PAKN): public submission and tracking by code, intake
 * by staff, handling by the responsible unit with a status history, deadlines from the working-day
 * calendar, and published answers with the petitioner's personal data removed. The petitioner's
 * contact is kept apart and every view of it is audited. Uses {@code organisation} for scope,
 * {@code calendar} for due dates and {@code audit} for changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "calendar", "audit", "notification", "attachment", "legal", "jobs"})
package vn.danvan.petition;
