/**
 * Dialogue (đối thoại với Nhân dân, tiếp công dân; Directive 02/CT-UBND clauses 1b and 1d): dialogue
 * conferences and citizen-reception sessions of a host unit, their states, the short-notice rule for
 * announcements, and the commitments made at them with their overdue rule.
 *
 * <p>Work in progress: only the domain rules and the schema exist so far; the screens, the portal
 * listing, questions turned into petitions, the minutes and the escalation task are not built yet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit",
    "calendar", "documents", "petition", "notification"})
package vn.danvan.dialogue;
