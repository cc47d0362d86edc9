package vn.danvan.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The state rules of inspections and violations, and the labels of the disciplinary measures. */
class InspectionRulesTests {

    private static Records.Check check(CheckResult r) {
        return new Records.Check(1, 1, "Giờ làm việc", r, null);
    }

    @Test
    void anInspectionIsConcludedOnceFromDraftWithEveryItemMarkedAndAConclusion() {
        assertThat(InspectionStatus.DRAFT.allows(InspectionStatus.CONCLUDED)).isTrue();
        assertThat(InspectionStatus.CONCLUDED.allows(InspectionStatus.CONCLUDED)).isFalse();
        assertThat(InspectionStatus.CONCLUDED.editable()).isFalse();
        assertThat(InspectionRules.checkConclude(InspectionStatus.DRAFT, List.of(check(CheckResult.PASS),
                check(CheckResult.NOT_APPLICABLE)), "Chấp hành tốt").any()).isFalse();
        assertThat(InspectionRules.checkConclude(InspectionStatus.DRAFT, List.of(check(CheckResult.PASS), check(null)),
                "Chấp hành tốt").map()).containsEntry("checks", "inspection.error.checksIncomplete");
        assertThat(InspectionRules.checkConclude(InspectionStatus.DRAFT, List.of(check(CheckResult.FAIL)), "  ").map())
                .containsEntry("conclusion", "inspection.error.conclusionRequired");
        assertThat(InspectionRules.checkConclude(InspectionStatus.CONCLUDED, List.of(check(CheckResult.FAIL)), "x")
                .map()).containsEntry("status", "inspection.error.concluded");
    }

    @Test
    void aCaseIsDecidedOrClosedFromOpenAndOnlyADecidedOneIsDone() {
        assertThat(ViolationStatus.OPEN.allows(ViolationStatus.DECIDED)).isTrue();
        assertThat(ViolationStatus.OPEN.allows(ViolationStatus.CLOSED_NO_MEASURE)).isTrue();
        assertThat(ViolationStatus.OPEN.allows(ViolationStatus.DONE)).isFalse();
        assertThat(ViolationStatus.DECIDED.allows(ViolationStatus.DONE)).isTrue();
        assertThat(ViolationStatus.DECIDED.allows(ViolationStatus.CLOSED_NO_MEASURE)).isFalse();
        assertThat(ViolationStatus.DONE.allows(ViolationStatus.DECIDED)).isFalse();
        assertThat(ViolationStatus.CLOSED_NO_MEASURE.allows(ViolationStatus.DONE)).isFalse();
        assertThat(ViolationStatus.afterDecision(Measure.KHIEN_TRACH)).isEqualTo(ViolationStatus.DECIDED);
        assertThat(ViolationStatus.afterDecision(Measure.NONE)).isEqualTo(ViolationStatus.CLOSED_NO_MEASURE);
        assertThat(ViolationStatus.OPEN.handled()).isFalse();
        assertThat(ViolationStatus.CLOSED_NO_MEASURE.handled()).isTrue();
    }

    @Test
    void aDecisionNeedsNumberDateAndMeasureAndAFollowUpNotBeforeIt() {
        LocalDate day = LocalDate.of(2026, 6, 2);
        assertThat(InspectionRules.checkDecision(ViolationStatus.OPEN, "45/QĐ-UBND", day, true, Measure.KHIEN_TRACH,
                day.plusDays(30), true).any()).isFalse();
        var missing = InspectionRules.checkDecision(ViolationStatus.OPEN, " ", null, false, null, null, false).map();
        assertThat(missing).containsEntry("decisionNumber", "inspection.error.decisionNumberRequired")
                .containsEntry("decisionDate", "inspection.error.dateRequired")
                .containsEntry("measure", "inspection.error.measureRequired");
        assertThat(InspectionRules.checkDecision(ViolationStatus.OPEN, "1", null, true, Measure.CANH_CAO, null, false)
                .map()).containsEntry("decisionDate", "inspection.error.dateInvalid");
        assertThat(InspectionRules.checkDecision(ViolationStatus.OPEN, "1", day, true, Measure.CANH_CAO,
                day.minusDays(1), true).map()).containsEntry("followUpDue", "inspection.error.dueBeforeDecision");
        assertThat(InspectionRules.checkDecision(ViolationStatus.DECIDED, "1", day, true, Measure.CANH_CAO, null, false)
                .map()).containsEntry("status", "inspection.error.transition");
    }

    @Test
    void everyMeasureHasItsVietnameseAndEnglishLabel() throws IOException {
        Properties vi = load("/messages/inspection.properties");
        Properties en = load("/messages/inspection_en.properties");
        assertThat(vi.getProperty(Measure.KHIEN_TRACH.messageKey())).isEqualTo("Khiển trách");
        assertThat(vi.getProperty(Measure.CANH_CAO.messageKey())).isEqualTo("Cảnh cáo");
        assertThat(vi.getProperty(Measure.HA_BAC_LUONG.messageKey())).isEqualTo("Hạ bậc lương");
        assertThat(vi.getProperty(Measure.GIANG_CHUC.messageKey())).isEqualTo("Giáng chức");
        assertThat(vi.getProperty(Measure.CACH_CHUC.messageKey())).isEqualTo("Cách chức");
        assertThat(vi.getProperty(Measure.BUOC_THOI_VIEC.messageKey())).isEqualTo("Buộc thôi việc");
        for (Measure m : Measure.values()) {
            assertThat(vi.getProperty(m.messageKey())).as(m.name()).isNotBlank();
            assertThat(en.getProperty(m.messageKey())).as(m.name()).isNotBlank();
        }
        for (ViolationStatus s : ViolationStatus.values()) {
            assertThat(vi.getProperty(s.messageKey())).as(s.name()).isNotBlank();
        }
        for (CheckResult r : CheckResult.values()) {
            assertThat(vi.getProperty(r.messageKey())).as(r.name()).isNotBlank();
        }
        assertThat(Violations.measure("KHIEN_TRACH")).isEqualTo(Measure.KHIEN_TRACH);
        assertThat(Violations.measure("khiển trách")).isNull();
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InspectionRulesTests.class.getResourceAsStream(path)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
