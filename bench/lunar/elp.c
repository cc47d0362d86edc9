/*
 * The moment of a new moon by the lunar theory ELP2000-82B and VSOP87 (libnova 0.16, Debian package
 * libnova-dev): the instant (TT) when the apparent geocentric longitudes of the Moon and the Sun are
 * equal, found by Newton's method from the series' estimate read on standard input ("k jde deltaT tag"),
 * then UT = TT - deltaT (the same ΔT as the series). Prints both moments in UTC+7 and their difference.
 *
 * Both bodies come in the ecliptic of J2000 (libnova's VSOP87 is version B, its ELP is rotated to J2000),
 * so precession cancels; nutation in longitude is added to both; the Moon is taken at t - light time;
 * the Sun's aberration (20.4898"/R) is applied here, as libnova 0.16's own apparent Sun omits it
 * (it divides the arcseconds by 1296000 instead of 3600).
 */
#include <math.h>
#include <stdio.h>
#include <libnova/libnova.h>

static double moon(double jde) {
    struct ln_rect_posn p;
    ln_get_lunar_geo_posn(jde, &p, 0);
    double light = sqrt(p.X * p.X + p.Y * p.Y + p.Z * p.Z) / 299792.458 / 86400.0;
    ln_get_lunar_geo_posn(jde - light, &p, 0);
    struct ln_nutation n;
    ln_get_nutation(jde, &n);
    return atan2(p.Y, p.X) * 180 / M_PI + n.longitude;
}

static double sun(double jde) {
    struct ln_helio_posn g;
    ln_get_solar_geom_coords(jde, &g);
    struct ln_nutation n;
    ln_get_nutation(jde, &n);
    return g.L + n.longitude - 20.4898 / 3600.0 / g.R;
}

static double elongation(double jde) {
    double d = fmod(moon(jde) - sun(jde), 360.0);
    if (d > 180) d -= 360;
    if (d < -180) d += 360;
    return d;
}

static void local(double ut, char *out) {
    double t = ut + 0.5 + 7.0 / 24;
    long day = (long) floor(t);
    double s = round((t - day) * 864000) / 10.0; /* tenths of a second, rounded once */
    /* civil date of the Julian day number */
    long a = day + 32044, b = (4 * a + 3) / 146097, c = a - 146097 * b / 4;
    long d = (4 * c + 3) / 1461, e = c - 1461 * d / 4, m = (5 * e + 2) / 153;
    int dd = (int) (e - (153 * m + 2) / 5 + 1), mm = (int) (m + 3 - 12 * (m / 10));
    long yy = 100 * b + d - 4800 + m / 10;
    sprintf(out, "%04ld-%02d-%02d %02d:%02d:%04.1f", yy, mm, dd, (int) (s / 3600), (int) fmod(s / 60, 60), fmod(s, 60));
}

int main(void) {
    long k;
    double jde, deltaT, worst = 0;
    char tag[16], series[32], ephemeris[32];
    int disagreements = 0;
    printf("%6s  %-9s %-23s %-23s %8s\n", "k", "", "series (UTC+7)", "ELP2000-82B (UTC+7)", "diff s");
    while (scanf("%ld %lf %lf %15s", &k, &jde, &deltaT, tag) == 4) {
        double t = jde;
        for (int i = 0; i < 20; i++) {
            double f = elongation(t), h = 1e-4;
            double next = t - f / ((elongation(t + h) - f) / h);
            if (fabs(next - t) < 1e-9) { t = next; break; }
            t = next;
        }
        local(jde - deltaT, series);
        local(t - deltaT, ephemeris);
        double diff = (t - jde) * 86400;
        if (fabs(diff) > worst) worst = fabs(diff);
        int otherDay = series[9] != ephemeris[9] || series[8] != ephemeris[8];
        disagreements += otherDay;
        printf("%6ld  %-9s %-23s %-23s %+8.1f%s\n", k, tag, series, ephemeris, diff, otherDay ? "  OTHER DAY" : "");
    }
    printf("largest difference %.1f s; new moons on another day: %d\n", worst, disagreements);
    return 0;
}
