package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import vn.danvan.organisation.localgovernment.LocalGovernments;
import vn.danvan.organisation.units.UnitRepository;

/** The names derived from the local government and the units, and the page's lazy reading of them. */
class LocalGovernmentTests {

    static final UnitView CITY = unit(1, "Ủy ban nhân dân Thành phố Hồ Chí Minh", UnitKind.PEOPLES_COMMITTEE, null);
    static final UnitView DEPARTMENT = unit(2, "Sở Nội vụ", UnitKind.SPECIALISED_OFFICE, 1L);
    static final UnitView OFFICE = unit(3, "Văn phòng Ủy ban nhân dân Thành phố", UnitKind.SPECIALISED_OFFICE, 1L);
    static final UnitView COMMUNE = unit(4, "Ủy ban nhân dân xã Phú Giáo", UnitKind.COMMUNE_COMMITTEE, 1L);
    static final UnitView COMMUNE_OFFICE = unit(5, "Văn phòng HĐND và UBND xã", UnitKind.SPECIALISED_OFFICE, 4L);

    @Test
    void theHeadsTitleIsReadFromTheUnitsName() {
        assertThat(LocalGovernment.headTitle("Phòng Nội vụ")).isEqualTo("Trưởng phòng Nội vụ");
        assertThat(LocalGovernment.headTitle("Sở Nội vụ")).isEqualTo("Giám đốc Sở Nội vụ");
        assertThat(LocalGovernment.headTitle("Văn phòng HĐND và UBND xã")).isEqualTo("Chánh Văn phòng HĐND và UBND xã");
        assertThat(LocalGovernment.headTitle("Ủy ban nhân dân xã An Bình")).isEqualTo("Chủ tịch Ủy ban nhân dân xã An Bình");
        assertThat(LocalGovernment.headTitle("Trung tâm Phục vụ hành chính công xã"))
                .isEqualTo("Giám đốc Trung tâm Phục vụ hành chính công xã");
        assertThat(LocalGovernment.headTitle("Hợp tác xã Ví Dụ")).isEqualTo("Thủ trưởng Hợp tác xã Ví Dụ");
        assertThat(LocalGovernment.headPosition("Sở Nội vụ")).isEqualTo("Giám đốc");
        assertThat(LocalGovernment.headPosition("Phòng Văn hóa - Xã hội")).isEqualTo("Trưởng phòng");
        assertThat(LocalGovernment.headPosition("Thanh tra Thành phố")).isEqualTo("Chánh Thanh tra");
        assertThat(LocalGovernment.headPosition("Hội Nông dân xã")).isEqualTo("Chủ tịch");
    }

    @Test
    void aCityNamesItsChairItsOfficeAndItsRecipients() {
        LocalGovernment city = new LocalGovernment(CITY, DEPARTMENT, null, "Thành ủy", "Thành phố Hồ Chí Minh", null,
                List.of(), true, 1);
        assertThat(city.chairTitle()).isEqualTo("Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh");
        assertThat(city.chairShortTitle()).isEqualTo("Chủ tịch UBND Thành phố Hồ Chí Minh");
        assertThat(city.homeAffairsHeadTitle()).isEqualTo("Giám đốc Sở Nội vụ");
        assertThat(city.homeAffairsHeadPosition()).isEqualTo("Giám đốc");
        assertThat(city.committeeOffice(List.of(CITY, DEPARTMENT, OFFICE, COMMUNE, COMMUNE_OFFICE))).contains(OFFICE);
        assertThat(city.recipientsOfReports()).containsExactly("Thường trực Thành ủy",
                "Chủ tịch, các Phó Chủ tịch UBND Thành phố Hồ Chí Minh", "Các cơ quan, đơn vị");
        LocalGovernment commune = new LocalGovernment(COMMUNE, COMMUNE_OFFICE, null, null, "xã Phú Giáo", null,
                List.of("Đảng ủy xã", "Các ấp"), true, 1);
        assertThat(commune.committeeOffice(List.of(CITY, OFFICE, COMMUNE, COMMUNE_OFFICE))).contains(COMMUNE_OFFICE);
        assertThat(commune.recipientsOfReports()).containsExactly("Đảng ủy xã", "Các ấp");
        assertThat(commune.homeAffairsHeadPosition()).isEqualTo("Chánh Văn phòng");
    }

    @Test
    void screensHaveNeutralWordsWhenNoCommitteeIsKnown() {
        var messages = ImportUnitChecksTests.messages();
        LocalNames none = LocalNames.of(Optional.empty(), messages, Locale.forLanguageTag("vi"));
        assertThat(none.homeAffairs()).isEqualTo("cơ quan tổng hợp");
        assertThat(none.chairShort()).isEqualTo("Chủ tịch Ủy ban nhân dân");
        assertThat(none.directive()).isNull();
        assertThat(LocalNames.of(Optional.empty(), messages, Locale.ENGLISH).homeAffairs())
                .isEqualTo("the consolidating office");
        LocalNames city = LocalNames.of(Optional.of(new LocalGovernment(CITY, DEPARTMENT, null, null,
                "Thành phố Hồ Chí Minh", "  ", List.of(), true, 1)), messages, Locale.forLanguageTag("vi"));
        assertThat(city.homeAffairs()).isEqualTo("Sở Nội vụ");
        assertThat(city.directive()).as("a blank directive is none").isNull();
    }

    @Test
    void aPageReadsTheLocalGovernmentOnlyWhenItPrintsANameAndThenOnce() {
        LocalGovernments governments = mock(LocalGovernments.class);
        when(governments.current()).thenReturn(Optional.of(new LocalGovernment(CITY, DEPARTMENT, null, null,
                "Thành phố Hồ Chí Minh", null, List.of(), true, 1)));
        LayoutHeader header = new LayoutHeader(mock(OrganisationScope.class), mock(UnitRepository.class), governments,
                ImportUnitChecksTests.messages(), mock(StaffMenu.class));
        var lazy = header.lazyLocalNames();
        verify(governments, never()).current();
        assertThat(lazy.getValue().homeAffairs()).isEqualTo("Sở Nội vụ");
        assertThat(lazy.getValue().committee()).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        verify(governments, times(1)).current();
    }

    static UnitView unit(long id, String name, UnitKind kind, Long parentId) {
        return new UnitView(id, "U" + id, name, kind, parentId, null, null, null, null, null, null, null, 0, 0);
    }
}
