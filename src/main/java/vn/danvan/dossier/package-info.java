/**
 * One-stop dossiers (hồ sơ thủ tục hành chính một cửa; Directive 02/CT-UBND clause 1đ): the catalogue of
 * procedures kept by Home Affairs, dossiers received at a unit's counter with a code and an appointment
 * date on the working calendar, the receipt slip (DOCX/PDF), and the handling states with a history of
 * every step (more documents requested, refusal, transfer to another unit, result ready, returned), and
 * the apology slip with a new date for a dossier about to be late, its unit head told once by a daily task
 * ({@code notification}), by the one-stop rules of Nghị định 118/2025/NĐ-CP held in {@code legal}. Uses
 * {@code organisation} for units and scope, {@code calendar} for working days, {@code documents} for the
 * slip and {@code audit} for every change.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organisation", "audit", "calendar", "documents", "notification", "legal", "jobs"})
package vn.danvan.dossier;
