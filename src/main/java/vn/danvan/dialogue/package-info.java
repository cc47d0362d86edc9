/**
 * Dialogue (đối thoại với Nhân dân, tiếp công dân; Directive 02/CT-UBND clauses 1b and 1d): dialogue
 * conferences and citizen-reception sessions of a host unit (scheduled with the short-notice warning,
 * held with attendance and the host unit's private attendee list, postponed or cancelled with a reason),
 * the questions raised (answered on the spot or turned into a petition through {@code petition}'s public
 * intake, which stores a link back to the conference without depending on this module), the commitments
 * made with their progress notes, overdue flag, escalation and indicators, the public listing on the
 * portal, and the minutes printed through {@code documents}, numbered once by its register. The chair is
 * chosen among the people of the host unit and its parent ({@code organisation}). Askers and attendees are
 * personal data: never on public pages, in the minutes or in the audit trail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit",
    "calendar", "documents", "petition", "notification"})
package vn.danvan.dialogue;
