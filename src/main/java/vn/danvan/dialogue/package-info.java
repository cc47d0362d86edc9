/**
 * Dialogue (đối thoại với Nhân dân, tiếp công dân; Directive 02/CT-UBND clauses 1b and 1d): dialogue
 * conferences and citizen-reception sessions of a host unit (scheduled with the short-notice warning,
 * held with attendance, postponed or cancelled), the questions raised (answered on the spot or turned
 * into a petition through {@code petition}'s public intake), the commitments made with their overdue
 * flag, escalation and indicators, the public listing on the portal, and the minutes printed through
 * {@code documents}. Askers and attendees are personal data: never on public pages or in the minutes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit",
    "calendar", "documents", "petition", "notification"})
package vn.danvan.dialogue;
