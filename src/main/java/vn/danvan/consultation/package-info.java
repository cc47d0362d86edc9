/**
 * Consultation (lấy ý kiến Nhân dân; Law 10/2022/QH15 on grassroots democracy, Directive 02/CT-UBND
 * clause 1d, "dân bàn, dân kiểm tra"): a commune's residential areas (thôn, ấp, khu phố, tổ dân phố)
 * with their households; the matters it puts to residents (to decide by a household vote or to
 * comment on) with options, scope, dates and tally visibility; the one-time household codes printed as
 * slips; participation on the portal, by paper ballot or by a meeting's count, one per household;
 * the result by {@link vn.danvan.consultation.ApprovalRule} and the authority's published decision.
 * Who took part is recorded; how a household voted is only ever counted, never stored with its code.
 * Uses {@code organisation} for units and scope, {@code audit} for every change and {@code attachment}
 * for the documents put to residents.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit", "attachment", "legal"})
package vn.danvan.consultation;
