package vn.danvan.calendar;

/**
 * Prints, for bench/lunar/run.sh, the new moons of {@link NewMoons} (Meeus ch. 49) from 1899 to 2200
 * that fall within the given minutes of midnight in UTC+7, and every 97th as a sample: Meeus's number,
 * the moment in TT (JDE) and ΔT in days.
 */
final class NewMoonTimes {

    public static void main(String[] args) {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 6;
        for (long k = -1250; k <= 2500; k++) {
            double jde = NewMoons.terrestrialTime(k);
            double ut = NewMoons.universalTime(k);
            double local = ut + 0.5 + 7.0 / 24;
            double fraction = local - Math.floor(local);
            boolean nearMidnight = Math.min(fraction, 1 - fraction) * 1440 < minutes;
            if (nearMidnight || k % 97 == 0) {
                System.out.printf("%d %.8f %.8f %s%n", k, jde, jde - ut, nearMidnight ? "midnight" : "sample");
            }
        }
    }
}
