package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewMoonsTests {

    /** Julian day 2440587.5 is 1970-01-01T00:00Z. */
    private static Instant instant(double julianDay) {
        return Instant.ofEpochMilli(Math.round((julianDay - 2440587.5) * 86_400_000L));
    }

    @Test
    void reproducesMeeusWorkedExample() {
        // Astronomical Algorithms, example 49.a: the new moon of February 1977, k = -283.
        assertThat(NewMoons.terrestrialTime(-283)).isCloseTo(2443192.65118, within(0.000005));
    }

    /**
     * New moons close to midnight in Hà Nội, against the times the full lunar theory ELP2000-82B
     * with VSOP87 gives for them (apparent geocentric longitudes of the Moon and the Sun equal, the
     * same ΔT): the series stays within 10 s of them.
     */
    @ParameterizedTest(name = "new moon {0}: {1} UT")
    @CsvSource({
        "-687, 1944-06-20T16:59:33",
        "-402, 1967-07-07T17:00:03",
        "902, 2072-12-09T16:58:43",
        "963, 2077-11-15T16:59:50"
    })
    void agreesWithTheEphemerisNearMidnight(long k, LocalDateTime ephemeris) {
        Instant computed = instant(NewMoons.universalTime(k));
        assertThat(Duration.between(ephemeris.toInstant(ZoneOffset.UTC), computed).abs())
                .isLessThan(Duration.ofSeconds(10));
    }

    /**
     * ΔT as observed (IERS): -2.7 s in 1900, 29.2 s in 1950, 63.8 s in 2000, 64.7 s in 2005. Later
     * values are the polynomials' predictions (71.6 s for 2020, when 69.4 s was observed).
     */
    @ParameterizedTest(name = "ΔT {0}")
    @CsvSource({
        "1900.0, -2.7",
        "1950.0, 29.2",
        "2000.0, 63.8",
        "2005.0, 64.7"
    })
    void deltaTFollowsTheObservedValues(double year, double seconds) {
        assertThat(DeltaT.secondsInYear(year)).isCloseTo(seconds, within(1.5));
    }

    @Test
    void deltaTIsContinuousWhereItsPolynomialsMeet() {
        for (double year : new double[] {1860, 1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150}) {
            assertThat(DeltaT.secondsInYear(year - 1e-6)).as("ΔT at %s", year)
                    .isCloseTo(DeltaT.secondsInYear(year), within(1.0));
        }
    }
}
