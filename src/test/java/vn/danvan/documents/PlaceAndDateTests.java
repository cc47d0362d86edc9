package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Decree 30/2020: a day below 10 and the months 1 and 2 take a leading zero, other months do not. */
class PlaceAndDateTests {

    @Test
    void theDirectivesDateReadsAsInTheDirective() {
        assertThat(PlaceAndDate.on("Phú Giáo", LocalDate.of(2018, 4, 5)).text())
                .isEqualTo("Phú Giáo, ngày 05 tháng 4 năm 2018");
    }

    @Test
    void januaryAndFebruaryTakeALeadingZero() {
        assertThat(PlaceAndDate.on("An Bình", LocalDate.of(2019, 1, 9)).dateText()).isEqualTo("ngày 09 tháng 01 năm 2019");
        assertThat(PlaceAndDate.on("An Bình", LocalDate.of(2019, 2, 28)).dateText()).isEqualTo("ngày 28 tháng 02 năm 2019");
    }

    @Test
    void monthsFromMarchTakeNoLeadingZero() {
        assertThat(PlaceAndDate.on("Phú Giáo", LocalDate.of(2018, 3, 1)).dateText()).isEqualTo("ngày 01 tháng 3 năm 2018");
        assertThat(PlaceAndDate.on("Phú Giáo", LocalDate.of(2018, 9, 30)).dateText()).isEqualTo("ngày 30 tháng 9 năm 2018");
        assertThat(PlaceAndDate.on("Phú Giáo", LocalDate.of(2018, 10, 15)).dateText()).isEqualTo("ngày 15 tháng 10 năm 2018");
        assertThat(PlaceAndDate.on("Phú Giáo", LocalDate.of(2018, 12, 10)).dateText()).isEqualTo("ngày 10 tháng 12 năm 2018");
    }

    @Test
    void everyDayAndMonthFollowsTheRule() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            String text = PlaceAndDate.on("X", d).dateText();
            String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
            String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
            assertThat(text).isEqualTo("ngày " + day + " tháng " + month + " năm 2024");
        }
    }

    @Test
    void anUnsignedDocumentLeavesDayAndMonthBlank() {
        assertThat(PlaceAndDate.undated("Phú Giáo", 2018).text()).matches("Phú Giáo, ngày +tháng +năm 2018");
    }
}
