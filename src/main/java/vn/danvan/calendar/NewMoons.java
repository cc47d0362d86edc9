package vn.danvan.calendar;

/**
 * The moments of the new moons (trăng non, điểm Sóc), after Jean Meeus, <i>Astronomical
 * Algorithms</i> (2nd ed., 1998), chapter 49, with every periodic term of the new-moon correction
 * and the fourteen planetary arguments; Meeus gives its error against the ELP-2000/82 lunar theory as
 * 17 s at most over 1980-2020. The series gives Terrestrial Time; Universal Time is that minus ΔT,
 * from {@link DeltaT}. The chapter 49 series replaced the shorter one of Meeus's earlier book, which
 * can be several minutes off and put some month starts a day late (see {@link LunarCalendar}).
 */
final class NewMoons {

    /** Days in a mean synodic month (at J2000.0). */
    static final double SYNODIC_MONTH = 29.530588861;

    private static final double DEGREE = Math.PI / 180;

    private NewMoons() {
    }

    /**
     * The moment (Julian day, UT) of the new moon numbered {@code k}: 0 is the new moon of
     * 6 January 2000, negative numbers count back.
     */
    static double universalTime(long k) {
        double jde = terrestrialTime(k);
        return jde - DeltaT.seconds(jde) / 86400.0;
    }

    /** The moment (Julian Ephemeris Day, TT) of the new moon numbered {@code k}; Meeus (49.1) to (49.4). */
    static double terrestrialTime(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double meanPhase = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        // the eccentricity of the Earth's orbit, which weakens the terms that depend on the sun's anomaly
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double sunAnomaly = radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double moonAnomaly = radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                - 0.000000058 * t4);
        double latitude = radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
                + 0.000000011 * t4);
        double node = radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        return meanPhase
                + periodicTerms(e, sunAnomaly, moonAnomaly, latitude, node)
                + planetaryTerms(k, t2);
    }

    /** The 25 periodic terms of the new-moon correction, in days. */
    private static double periodicTerms(double e, double m, double mp, double f, double node) {
        return -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(node)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
    }

    /** The 14 additional corrections for the planets' pull (arguments A1 to A14), in days. */
    private static double planetaryTerms(long k, double t2) {
        return 0.000325 * sinDegrees(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDegrees(251.88 + 0.016321 * k)
                + 0.000164 * sinDegrees(251.83 + 26.651886 * k)
                + 0.000126 * sinDegrees(349.42 + 36.412478 * k)
                + 0.000110 * sinDegrees(84.66 + 18.206239 * k)
                + 0.000062 * sinDegrees(141.74 + 53.303771 * k)
                + 0.000060 * sinDegrees(207.14 + 2.453732 * k)
                + 0.000056 * sinDegrees(154.84 + 7.306860 * k)
                + 0.000047 * sinDegrees(34.52 + 27.261239 * k)
                + 0.000042 * sinDegrees(207.19 + 0.121824 * k)
                + 0.000040 * sinDegrees(291.34 + 1.844379 * k)
                + 0.000037 * sinDegrees(161.72 + 24.198154 * k)
                + 0.000035 * sinDegrees(239.56 + 25.513099 * k)
                + 0.000023 * sinDegrees(331.55 + 3.592518 * k);
    }

    /** An angle in degrees, reduced to [0, 360) before the conversion so large k keep their precision. */
    private static double radians(double degrees) {
        return (degrees - 360 * Math.floor(degrees / 360)) * DEGREE;
    }

    private static double sinDegrees(double degrees) {
        return Math.sin(radians(degrees));
    }
}
