package vn.danvan.petition.handling;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A place on the map (vị trí) in decimal degrees (WGS 84), kept to six decimals (about 10 cm), as the columns
 * {@code latitude} and {@code longitude} of a petition (V47).
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    public static final int SCALE = 6;

    public GeoPoint {
        if (latitude == null || longitude == null) {
            throw new IllegalArgumentException("a point has both coordinates");
        }
        latitude = latitude.setScale(SCALE, RoundingMode.HALF_UP);
        longitude = longitude.setScale(SCALE, RoundingMode.HALF_UP);
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new IllegalArgumentException("out of range: " + latitude + ", " + longitude);
        }
    }

    /** The point of two coordinates given together, or null when neither is. */
    public static GeoPoint ofNullable(BigDecimal latitude, BigDecimal longitude) {
        return latitude == null && longitude == null ? null : new GeoPoint(latitude, longitude);
    }
}
