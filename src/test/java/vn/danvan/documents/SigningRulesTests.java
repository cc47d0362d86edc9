package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;

/** The signature forms of Decree 30/2020: TM. for a body run collectively, KT. for a deputy, the head's title. */
class SigningRulesTests {

    private static UnitView unit(String name, UnitKind kind) {
        return new UnitView(1, "X", name, kind, null, null, null, null, null, null, null, null, 0, 0);
    }

    @Test
    void theChairSignsForTheCommitteeAndADeputyInTheChairsStead() {
        UnitView commune = unit("Ủy ban nhân dân xã An Bình", UnitKind.COMMUNE_COMMITTEE);
        assertThat(SigningRules.head(commune, "Trần Văn Bình").titleLines())
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(SigningRules.deputy(commune, "Nguyễn Văn Phó").titleLines())
                .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void anOfficeIsSignedByItsHeadInPersonOrADeputyInTheHeadsStead() {
        UnitView office = unit("Phòng Nội vụ", UnitKind.SPECIALISED_OFFICE);
        assertThat(SigningRules.head(office, "Lê Văn Hải").titleLines()).containsExactly("TRƯỞNG PHÒNG");
        assertThat(SigningRules.deputy(office, "Lê Thị Phó").titleLines())
                .containsExactly("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG");
        assertThat(SigningRules.head(unit("Sở Nội vụ", UnitKind.SPECIALISED_OFFICE), "A").titleLines())
                .containsExactly("GIÁM ĐỐC");
        assertThat(SigningRules.head(unit("Văn phòng HĐND và UBND", UnitKind.SPECIALISED_OFFICE), "A").titleLines())
                .containsExactly("CHÁNH VĂN PHÒNG");
        assertThat(SigningRules.head(unit("Thanh tra huyện", UnitKind.SPECIALISED_OFFICE), "A").titleLines())
                .containsExactly("CHÁNH THANH TRA");
        assertThat(SigningRules.head(unit("Phòng Tài nguyên và Môi trường", UnitKind.SPECIALISED_OFFICE), "A")
                .titleLines()).containsExactly("TRƯỞNG PHÒNG");
        assertThat(SigningRules.head(unit("Trung tâm Phục vụ hành chính công", UnitKind.PUBLIC_SERVICE_UNIT), "A")
                .titleLines()).containsExactly("GIÁM ĐỐC");
    }

    @Test
    void theFrontAndTheMassOrganisationsSignOnBehalfOfTheirStandingBoards() {
        assertThat(SigningRules.head(unit("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Giáo", UnitKind.FATHERLAND_FRONT),
                "A").titleLines()).containsExactly("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH");
        assertThat(SigningRules.head(unit("Hội Nông dân huyện", UnitKind.SOCIO_POLITICAL_ORGANISATION), "A")
                .titleLines()).containsExactly("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH");
        assertThat(SigningRules.head(unit("Huyện đoàn Phú Giáo", UnitKind.SOCIO_POLITICAL_ORGANISATION), "A")
                .titleLines()).containsExactly("TM. BAN THƯỜNG VỤ", "BÍ THƯ");
    }

    @Test
    void aTitleStartingWithPhoIsADeputys() {
        assertThat(SigningRules.isDeputyTitle("Phó Chủ tịch UBND xã An Bình")).isTrue();
        assertThat(SigningRules.isDeputyTitle("phó trưởng phòng")).isTrue();
        assertThat(SigningRules.isDeputyTitle("Chuyên viên Phòng Nội vụ")).isFalse();
        assertThat(SigningRules.isDeputyTitle(null)).isFalse();
    }

    @Test
    void aNameNotKnownLeavesADottedLineNeverAnEmptySpace() {
        Signature unnamed = SigningRules.head(unit("Phòng Nội vụ", UnitKind.SPECIALISED_OFFICE), null);
        assertThat(unnamed.named()).isFalse();
        assertThat(unnamed.nameLine()).isEqualTo(Signature.NAME_TO_WRITE);
        assertThat(SigningRules.head(unit("Phòng Nội vụ", UnitKind.SPECIALISED_OFFICE), "  ").nameLine())
                .isEqualTo(Signature.NAME_TO_WRITE);
    }
}
