package vn.danvan.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The demo data sets (bộ dữ liệu mẫu) one of which {@code danvan.demo=true} loads into an empty
 * database, chosen by {@code danvan.demo-dataset} ({@code DANVAN_DEMO_DATASET}).
 */
public enum DemoDataset {

    /** Phú Giáo district, Bình Dương province, in 2018: the district the directive was written for. */
    PHU_GIAO_2018("phu-giao-2018"),
    /**
     * Thành phố Hồ Chí Minh after 1 July 2025 (two tiers, no districts): the city, its departments and
     * Front, and the communes formed from the former Phú Giáo district.
     */
    TWO_TIER_2025("two-tier-2025");

    private final String key;

    DemoDataset(String key) {
        this.key = key;
    }

    /** The name the setting takes: "phu-giao-2018", "two-tier-2025". */
    public String key() {
        return key;
    }

    /**
     * The set the setting names; blank means the default. Any other name stops start-up with a
     * message that lists the names there are.
     */
    public static DemoDataset named(String name) {
        if (name == null || name.isBlank()) {
            return PHU_GIAO_2018;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException(unknown(name.strip())));
    }

    private static String unknown(String name) {
        String known = Arrays.stream(values()).map(DemoDataset::key).collect(Collectors.joining(", "));
        return "Unknown demo data set \"" + name + "\" in danvan.demo-dataset (DANVAN_DEMO_DATASET); the sets are: "
                + known + ". / Không có bộ dữ liệu mẫu \"" + name + "\" (DANVAN_DEMO_DATASET); các bộ có sẵn: "
                + known + ".";
    }
}
