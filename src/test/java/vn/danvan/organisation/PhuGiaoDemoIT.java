package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanVanIntegrationTest;

/**
 * The default demo set, phu-giao-2018, as the shared context loads it: the parts are played by the units
 * they always were, every module has its demo at them, and no demo text names a body of 2025.
 */
@DanVanIntegrationTest
class PhuGiaoDemoIT {

    /** What names the 2025 city and its bodies; none of it may appear in the 2018 set. */
    static final List<String> CITY_2025 = List.of("Sở Nội vụ", "Thành phố Hồ Chí Minh", "Thành ủy", "xã Phú Giáo",
            "Sở Văn hóa", "Nông nghiệp và Môi trường");

    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePartsArePlayedByThe2018UnitsAndEveryModuleHasItsDemoThere() {
        assertThat(organisation.demoDataset()).isEqualTo(DemoDataset.PHU_GIAO_2018);
        Map<DemoPart, String> codes = Map.of(DemoPart.COMMITTEE, "UBND-PG", DemoPart.HOME_AFFAIRS, "NV",
                DemoPart.FRONT, "MTTQ", DemoPart.FIRST_COMMUNE, "ABINH", DemoPart.SECOND_COMMUNE, "ALINH",
                DemoPart.THIRD_COMMUNE, "PVINH", DemoPart.ENVIRONMENT_OFFICE, "TNMT", DemoPart.WORKS_OFFICE, "KTHT",
                DemoPart.INFORMATION_OFFICE, "VHTT");
        codes.forEach((part, code) -> assertThat(organisation.demoUnit(part).orElseThrow().code()).as(part.name())
                .isEqualTo(code));
        DemoData.assertEveryModuleHasItsDemo(jdbc, organisation);
    }

    @Test
    void noDemoTextNamesABodyOf2025() {
        List<String> texts = DemoData.texts(jdbc, List.of());
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(DemoData.naming(texts, CITY_2025)).isEmpty();
    }
}
