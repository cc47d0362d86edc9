package vn.danvan.friendly;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's self-assessment of a year as screens see it (id null when not started yet): its state,
 * a line per criterion, the unit's total and, once reviewed, Home Affairs' total.
 */
record AssessmentView(Long id, long unitId, String unitName, int year, AssessmentStatus status,
        String returnReason, OffsetDateTime submittedAt, OffsetDateTime reviewedAt, long version,
        List<Line> lines, SurveyResult survey) {

    /** One criterion with the unit's points and evidence, and Home Affairs' points and comment. */
    public record Line(Criterion criterion, BigDecimal points, String evidence, BigDecimal reviewedPoints,
            String reviewComment) {

        /** The points that count after review: Home Affairs' own when set, else the unit's. */
        public BigDecimal finalPoints() {
            return reviewedPoints != null ? reviewedPoints : points;
        }
    }

    public BigDecimal selfTotal() {
        return lines.stream().map(Line::points).filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Home Affairs' total once reviewed, else null. */
    public BigDecimal reviewedTotal() {
        if (status != AssessmentStatus.REVIEWED) {
            return null;
        }
        return lines.stream().map(Line::finalPoints).filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int maxTotal() {
        return lines.stream().mapToInt(l -> l.criterion().maxPoints()).sum();
    }
}
