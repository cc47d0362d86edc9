/**
 * Planning (kế hoạch công tác dân vận chính quyền, Directive 02/CT-UBND clauses 1a and 1c): each
 * unit's annual plan with its items (directive task, professional work, owner, due date, target,
 * progress, evidence, cited guiding documents), its approval by the unit head with a number from the
 * outgoing-document register, the plan printed as an official "Kế hoạch", Home Affairs' overview of
 * every unit's plan, the register of guiding documents, and the plan indicators. Uses
 * {@code organisation} for units, staff and scope, {@code audit} for every change, {@code attachment}
 * for the guiding documents' files, {@code documents} for the printed plan and its number, and
 * {@code petition}'s public lookup for evidence, and {@code notification} to tell the unit's head of a
 * plan sent for approval.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit",
    "attachment", "documents", "petition", "notification"})
package vn.danvan.planning;
