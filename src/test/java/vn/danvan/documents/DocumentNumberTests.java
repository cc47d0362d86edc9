package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Number and symbol in the forms of Decree 30/2020, Appendix I and III. */
class DocumentNumberTests {

    @Test
    void aReportOfTheCommitteeReadsNumberTypeAndIssuer() {
        assertThat(DocumentNumber.of(15, DocumentType.BAO_CAO, "UBND", null).line()).isEqualTo("Số: 15/BC-UBND");
        assertThat(DocumentNumber.of(15, DocumentType.QUYET_DINH, "UBND", null).text()).isEqualTo("15/QĐ-UBND");
        assertThat(DocumentNumber.of(3, DocumentType.TO_TRINH, "PNV", null).text()).isEqualTo("03/TTr-PNV");
    }

    @Test
    void numbersBelowTenTakeALeadingZero() {
        assertThat(DocumentNumber.of(2, DocumentType.CHI_THI, "UBND", null).text()).isEqualTo("02/CT-UBND");
        assertThat(DocumentNumber.of(10, DocumentType.KE_HOACH, "UBND", null).text()).isEqualTo("10/KH-UBND");
    }

    @Test
    void aLetterCarriesTheIssuerThenTheDraftingUnit() {
        assertThat(DocumentNumber.of(15, DocumentType.CONG_VAN, "UBND", "NV").text()).isEqualTo("15/UBND-NV");
        assertThat(DocumentNumber.of(15, DocumentType.CONG_VAN, "UBND", null).text()).isEqualTo("15/UBND");
    }

    @Test
    void theDraftingUnitCountsOnlyForALetter() {
        assertThat(DocumentNumber.of(15, DocumentType.BAO_CAO, "UBND", "NV").text()).isEqualTo("15/BC-UBND");
    }

    @Test
    void anUnregisteredDocumentLeavesTheNumberBlank() {
        assertThat(DocumentNumber.blank(DocumentType.BAO_CAO, "UBND", null).line()).matches("Số: +/BC-UBND");
    }

    @Test
    void numbersStartAtOne() {
        assertThatThrownBy(() -> DocumentNumber.of(0, DocumentType.BAO_CAO, "UBND", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typesUseTheDecreesAbbreviations() {
        assertThat(DocumentType.KE_HOACH.abbreviation()).isEqualTo("KH");
        assertThat(DocumentType.BIEN_BAN.abbreviation()).isEqualTo("BB");
        assertThat(DocumentType.THONG_BAO.abbreviation()).isEqualTo("TB");
        assertThat(DocumentType.GIAY_MOI.abbreviation()).isEqualTo("GM");
        assertThat(DocumentType.PHIEU_GUI.abbreviation()).isEqualTo("PG");
        assertThat(DocumentType.PHIEU_CHUYEN.abbreviation()).isEqualTo("PC");
        assertThat(DocumentType.PHIEU_BAO.abbreviation()).isEqualTo("PB");
    }
}
