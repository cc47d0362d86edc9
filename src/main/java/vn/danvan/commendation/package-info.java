/**
 * Commendations (khen thưởng, Directive 02/CT-UBND clause 4): Home Affairs opens a round (year,
 * titles for collectives and individuals, candidate unit kinds, places), ranks the candidate units
 * from every {@link vn.danvan.shared.indicator.IndicatorProvider} with a weights table of the round
 * (each score explained part by part and frozen as a snapshot), shortlists collectives, adds
 * individuals with their achievements and submits the proposal (Tờ trình); a leader approves or
 * strikes each entry and the Chairman's decision (Quyết định) is issued. Both documents take their
 * numbers from the register. The ranking runs as a background job ({@code jobs}), since a national
 * round scores 17,000 units. Uses {@code organisation} for units, people and roles, {@code audit},
 * {@code documents} and {@code jobs}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit",
    "documents", "jobs"})
package vn.danvan.commendation;
