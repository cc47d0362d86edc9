package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Completeness = submitted / expected, timeliness = on time / expected, shown as Vietnamese percentages. */
class CompletenessTests {

    private static UnitReportStatus report(long unit, ReportState state, Boolean onTime) {
        return new UnitReportStatus(unit, unit, "U" + unit, "Đơn vị " + unit, state, null,
                onTime == null ? null : OffsetDateTime.now(), onTime);
    }

    @Test
    void sevenOfEightSubmittedIs87Comma5Percent() {
        List<UnitReportStatus> reports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reports.add(report(i, ReportState.ACCEPTED, true));
        }
        reports.add(report(6, ReportState.SUBMITTED, false));
        reports.add(report(7, ReportState.DRAFT, null));
        Completeness c = Completeness.of(reports);
        assertThat(c.expected()).isEqualTo(8);
        assertThat(c.submitted()).isEqualTo(7);
        assertThat(c.onTime()).isEqualTo(6);
        assertThat(c.late()).isEqualTo(1);
        assertThat(c.missing()).isEqualTo(1);
        assertThat(c.completenessText()).isEqualTo("87,5%");
        assertThat(c.timelinessText()).isEqualTo("75%");
    }

    @Test
    void aReturnedReportIsNotCountedAsSubmitted() {
        Completeness c = Completeness.of(List.of(report(1, ReportState.RETURNED, true)));
        assertThat(c.submitted()).isZero();
        assertThat(c.completenessText()).isEqualTo("0%");
    }

    @Test
    void nothingExpectedGivesNoRate() {
        assertThat(Completeness.of(List.of()).completenessText()).isEqualTo("-");
    }

    @Test
    void highlightsQuoteTheFirstTwoSentences() {
        assertThat(Consolidation.firstSentences("Tổ chức 4 hội nghị. Đã trả lời 12 kiến nghị. Còn 1 việc."))
                .isEqualTo("Tổ chức 4 hội nghị. Đã trả lời 12 kiến nghị.");
        assertThat(Consolidation.firstSentences("Không có dấu chấm")).isEqualTo("Không có dấu chấm");
    }
}
