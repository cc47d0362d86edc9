/**
 * "Dân biết" (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15, Nghị định 59/2023/NĐ-CP; Directive 02/CT-UBND clause 1d):
 * the catalogue of what a commune (and, where the law says, another kind of unit) must make public, each item with
 * its legal basis, the forms allowed, its cadence and its time limits, kept by Home Affairs; and each unit's register
 * of what it disclosed, by which forms, from when to when and by whom, with the residents' comments and the
 * answers. An item not disclosed by its due date is overdue (red, with the word) and escalated once through
 * {@code notification}; disclosed items are on the portal without any personal data; the figures (due, disclosed on
 * time, overdue) go to reports, the dashboard and commendation through the indicator contract. Scope comes from
 * {@code organisation}, changes go to {@code audit}, files to {@code attachment}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit", "attachment",
    "notification"})
package vn.danvan.disclosure;
