/**
 * Friendly government, friendly office (Chính quyền thân thiện, Công sở thân thiện; Directive 02/CT-UBND
 * clause 4): the yearly criteria set kept by Home Affairs, each unit's self-assessment with evidence
 * (drafted by its officers, submitted by its head, reviewed or returned by Home Affairs), and the
 * citizens' satisfaction survey on the portal whose results feed the "survey" criterion. Uses
 * {@code organisation} for units and scope and {@code audit} for every change; offers its figures
 * through {@link vn.danvan.friendly.FriendlyIndicators}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit"})
package vn.danvan.friendly;
