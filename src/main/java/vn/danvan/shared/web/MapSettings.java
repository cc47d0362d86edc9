package vn.danvan.shared.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The maps' settings (bản đồ): the tile server's URL template ({@code danvan.map.tiles}, environment variable
 * {@code DANVAN_MAP_TILES}; OpenStreetMap's by default), the attribution its licence asks for, and where a map with
 * nothing on it is centred. The tile server's origin is the one address besides the application's own that the
 * pages' Content-Security-Policy lets images come from ({@link #imageSource()}).
 */
@Component
public class MapSettings {

    /** {@code scheme://host[:port]} at the start of an absolute template; a {s} sub-domain becomes a wildcard. */
    private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.*-]+(:[0-9]{1,5})?");

    private final String tiles;
    private final String attribution;
    private final String attributionUrl;
    private final double latitude;
    private final double longitude;
    private final int zoom;
    private final String imageSource;

    MapSettings(@Value("${danvan.map.tiles:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tiles,
            @Value("${danvan.map.attribution:© OpenStreetMap contributors}") String attribution,
            @Value("${danvan.map.attribution-url:https://www.openstreetmap.org/copyright}") String attributionUrl,
            @Value("${danvan.map.latitude:11.12}") double latitude,
            @Value("${danvan.map.longitude:106.76}") double longitude,
            @Value("${danvan.map.zoom:11}") int zoom) {
        this.tiles = tiles.strip();
        this.attribution = attribution.strip();
        this.attributionUrl = attributionUrl.strip();
        this.latitude = latitude;
        this.longitude = longitude;
        this.zoom = zoom;
        this.imageSource = imageSource(this.tiles);
    }

    /**
     * The CSP source of a tile URL template: its origin, with {@code {s}} (Leaflet's sub-domains) as {@code *}; a
     * template on the application itself (a path) needs nothing beyond {@code 'self'}, and gives null.
     */
    static String imageSource(String template) {
        if (template.startsWith("/") && !template.startsWith("//")) {
            return null;
        }
        Matcher m = ORIGIN.matcher(template);
        if (!m.find()) {
            throw new IllegalStateException("danvan.map.tiles must be an http(s) address or a path: " + template);
        }
        String host = m.group(2).replace("{s}", "*");
        if (!HOST.matcher(host).matches()) {
            throw new IllegalStateException("danvan.map.tiles has a host that cannot go into a policy: " + template);
        }
        return m.group(1).toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT);
    }

    /** The tile URL template as Leaflet takes it ({z}, {x}, {y}, optionally {s}). */
    public String tiles() {
        return tiles;
    }

    /** The attribution shown in the map's corner (text, never markup). */
    public String attribution() {
        return attribution;
    }

    /** Where the attribution links to (the tile server's licence page); may be blank. */
    public String attributionUrl() {
        return attributionUrl;
    }

    /** The centre of a map with nothing on it. */
    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public int zoom() {
        return zoom;
    }

    /** The tile server's origin for {@code img-src}, or null when the tiles come from the application itself. */
    public String imageSource() {
        return imageSource;
    }
}
