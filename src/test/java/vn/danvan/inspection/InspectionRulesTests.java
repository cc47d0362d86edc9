package vn.danvan.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.Problem;

/** The state rules of inspections and violations, the team of a new one, and the labels of the disciplinary measures. */
class InspectionRulesTests {

    private static Records.Check check(CheckResult r) {
        return new Records.Check(1, 1, "Giờ làm việc", r, null);
    }

    /** Each problem as "field=key" (field "-" for the whole form). */
    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> (p.field() == null ? "-" : p.field()) + "=" + p.messageKey()).toList();
    }

    @Test
    void anInspectionIsConcludedOnceFromDraftWithEveryItemMarkedAndAConclusion() {
        assertThat(InspectionStatus.DRAFT.allows(InspectionStatus.CONCLUDED)).isTrue();
        assertThat(InspectionStatus.CONCLUDED.allows(InspectionStatus.CONCLUDED)).isFalse();
        assertThat(InspectionStatus.CONCLUDED.editable()).isFalse();
        assertThat(InspectionRules.checkConclude(InspectionStatus.DRAFT, List.of(check(CheckResult.PASS),
                check(CheckResult.NOT_APPLICABLE)), "Chấp hành tốt")).isEmpty();
        assertThat(keys(InspectionRules.checkConclude(InspectionStatus.DRAFT, List.of(check(CheckResult.PASS),
                check(null)), "Chấp hành tốt"))).containsExactly("checks=inspection.error.checksIncomplete");
        assertThat(keys(InspectionRules.checkConclude(InspectionStatus.DRAFT, List.of(check(CheckResult.FAIL)), "  ")))
                .containsExactly("conclusion=inspection.error.conclusionRequired");
        assertThat(keys(InspectionRules.checkConclude(InspectionStatus.CONCLUDED, List.of(check(CheckResult.FAIL)),
                "x"))).containsExactly("-=inspection.error.concluded");
    }

    @Test
    void aNewInspectionHasATeamAndItsLeadAmongTheMembers() {
        assertThat(InspectionRules.checkTeam(List.of(1L, 2L), 2L)).isEmpty();
        assertThat(keys(InspectionRules.checkTeam(null, 2L))).containsExactly("memberIds=inspection.error.teamRequired");
        assertThat(keys(InspectionRules.checkTeam(java.util.Arrays.asList((Long) null), null)))
                .containsExactly("memberIds=inspection.error.teamRequired");
        assertThat(keys(InspectionRules.checkTeam(List.of(1L), 3L))).containsExactly("leadId=inspection.error.leadRequired");
        assertThat(keys(InspectionRules.checkTeam(List.of(1L), null))).containsExactly("leadId=inspection.error.leadRequired");
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
        assertThat(InspectionRules.checkDecision(ViolationStatus.OPEN, "45/QĐ-UBND", day, Measure.KHIEN_TRACH,
                day.plusDays(30))).isEmpty();
        assertThat(keys(InspectionRules.checkDecision(ViolationStatus.OPEN, " ", null, null, null))).containsExactly(
                "decisionNumber=inspection.error.decisionNumberRequired", "decisionDate=inspection.error.dateRequired",
                "measure=inspection.error.measureRequired");
        assertThat(keys(InspectionRules.checkDecision(ViolationStatus.OPEN, "1", day, Measure.CANH_CAO,
                day.minusDays(1)))).containsExactly("followUpDue=inspection.error.dueBeforeDecision");
        assertThat(keys(InspectionRules.checkDecision(ViolationStatus.DECIDED, "1", day, Measure.CANH_CAO, null)))
                .containsExactly("-=inspection.error.transition");
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
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InspectionRulesTests.class.getResourceAsStream(path)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
