package vn.danvan.documents;

import java.time.LocalDate;

/**
 * The place and date line (địa danh và thời gian ban hành): "Phú Giáo, ngày 05 tháng 4 năm 2018".
 * Decree 30/2020 writes a day below 10 and the months 1 and 2 with a leading zero ("ngày 05 tháng
 * 01"), every other month without one ("tháng 4"). A document not yet signed leaves day and month
 * blank: "Phú Giáo, ngày      tháng      năm 2018".
 */
public record PlaceAndDate(String place, LocalDate date, int year) {

    private static final String BLANK = "      ";

    public static PlaceAndDate on(String place, LocalDate date) {
        return new PlaceAndDate(place, date, date.getYear());
    }

    /** Day and month left blank for the signer to fill in. */
    public static PlaceAndDate undated(String place, int year) {
        return new PlaceAndDate(place, null, year);
    }

    public String text() {
        return place + ", " + dateText();
    }

    /** "ngày 05 tháng 4 năm 2018". */
    public String dateText() {
        if (date == null) {
            return "ngày" + BLANK + "tháng" + BLANK + "năm " + year;
        }
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }

    static String day(int day) {
        return day < 10 ? "0" + day : String.valueOf(day);
    }

    static String month(int month) {
        return month <= 2 ? "0" + month : String.valueOf(month);
    }
}
