package vn.danvan.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.Problem;

/** The team of a new inspection, and the labels of the disciplinary measures (the states: InspectionStatesTests, ViolationStatesTests). */
class InspectionRulesTests {

    /** Each problem as "field=key" (field "-" for the whole form). */
    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> (p.field() == null ? "-" : p.field()) + "=" + p.messageKey()).toList();
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
