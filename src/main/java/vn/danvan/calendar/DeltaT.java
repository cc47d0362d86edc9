package vn.danvan.calendar;

/**
 * ΔT = TT − UT, the difference between the uniform time of the ephemerides and the time of the
 * Earth's rotation, from the polynomials of F. Espenak and J. Meeus (NASA, <i>Five Millennium Canon
 * of Solar Eclipses</i>, 2006), for the years the lunar calendar reaches (1800 on). Past values are
 * fits to observations (within a second or so since 1900); future ones are extrapolations whose
 * uncertainty grows to a minute or more by 2100, which is why a new moon within a minute of
 * midnight cannot be dated with certainty that far ahead.
 */
final class DeltaT {

    private DeltaT() {
    }

    /** ΔT in seconds at a Julian day. */
    static double seconds(double julianDay) {
        return secondsInYear(2000 + (julianDay - 2451545.0) / 365.25);
    }

    /** ΔT in seconds at a decimal year (2026.5 is the middle of 2026). */
    static double secondsInYear(double y) {
        if (y < 1800) {
            return longTerm(y);
        }
        if (y < 1860) {
            double t = y - 1800;
            return 13.72 - 0.332447 * t + 0.0068612 * pow(t, 2) + 0.0041116 * pow(t, 3) - 0.00037436 * pow(t, 4)
                    + 0.0000121272 * pow(t, 5) - 0.0000001699 * pow(t, 6) + 0.000000000875 * pow(t, 7);
        }
        if (y < 1900) {
            double t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * pow(t, 2) + 0.01680668 * pow(t, 3) - 0.0004473624 * pow(t, 4)
                    + pow(t, 5) / 233174;
        }
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * pow(t, 2) + 0.0061966 * pow(t, 3) - 0.000197 * pow(t, 4);
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * pow(t, 2) + 0.0020936 * pow(t, 3);
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - pow(t, 2) / 233 + pow(t, 3) / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - pow(t, 2) / 260 - pow(t, 3) / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * pow(t, 2) + 0.0017275 * pow(t, 3) + 0.000651814 * pow(t, 4)
                    + 0.00002373599 * pow(t, 5);
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * pow(t, 2);
        }
        if (y < 2150) {
            return longTerm(y) - 0.5628 * (2150 - y);
        }
        return longTerm(y);
    }

    /** The long-term parabola of Morrison and Stephenson (2004), used after 2150 and, corrected, from 2050. */
    private static double longTerm(double y) {
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u;
    }

    private static double pow(double t, int n) {
        return Math.pow(t, n);
    }
}
