/**
 * Inspection (kiểm tra công vụ; Directive 02/CT-UBND clause 1e): yearly inspection plans of Home
 * Affairs (units with planned dates, scope, team with one lead, an editable checklist), inspection
 * records (planned or surprise) with the checklist marked, findings and the conclusion printed through
 * {@code documents} and numbered once by its register, and the violations of officials (rule broken,
 * evidence, measure proposed, decision, follow-up) - found on an inspection or opened in one step from
 * a petition about an official's conduct through {@code petition}'s public lookup, linked back to it
 * through {@code petition}'s generic links. Restricted: only Home Affairs, leaders, administrators, the
 * inspection team and the inspected unit's head see records; the official concerned sees their own
 * case; the portal shows counts per unit and year, never names.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit",
    "documents", "petition"})
package vn.danvan.inspection;
