package vn.danvan.planning;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An item of an annual plan (nội dung kế hoạch) as screens and documents read it: the directive
 * task it serves, the unit's professional work it belongs to, what is done, by whom and when, the
 * measurable target, the progress, the guiding documents it cites and the evidence of its work.
 */
record PlanItem(long id, long planId, long unitId, DirectiveTask task, String professionalWork,
        String content, long ownerAccountId, String ownerName, LocalDate dueDate, String targetText,
        BigDecimal targetNumber, String targetUnit, int progress, String progressNote, LocalDate completedOn,
        long version, List<GuideReference> guides, List<Evidence> evidence) {

    public PlanItem {
        guides = guides == null ? List.of() : List.copyOf(guides);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** "4 hội nghị đối thoại": the number and its unit when given, else the target as written. */
    public String targetLabel() {
        if (targetNumber == null) {
            return targetText;
        }
        String number = number(targetNumber) + (targetUnit == null || targetUnit.isBlank() ? "" : " " + targetUnit);
        return targetText == null || targetText.isBlank() ? number : number + " (" + targetText + ")";
    }

    public boolean done() {
        return progress >= 100;
    }

    /** Not done and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return !done() && dueDate.isBefore(today);
    }

    PlanItem withLinks(List<GuideReference> guides, List<Evidence> evidence) {
        return new PlanItem(id, planId, unitId, task, professionalWork, content, ownerAccountId, ownerName, dueDate,
                targetText, targetNumber, targetUnit, progress, progressNote, completedOn, version, guides, evidence);
    }

    /** A number as written in Vietnamese: "1.234,5". */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return format.format(value);
    }

    /** A guiding document an item cites: "02/CT-UBND". */
    public record GuideReference(long id, String numberSymbol, LocalDate issuedOn, String issuer) {
    }

    /**
     * A record proving the item's work: a petition by its tracking code, or any page of DanVan by
     * its URL and a label.
     */
    public record Evidence(long id, EvidenceKind kind, String petitionCode, String url, String label) {
    }

    public enum EvidenceKind {
        PETITION, LINK
    }
}
