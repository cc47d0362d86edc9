package vn.danvan.shared.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public address of the portal as citizens reach it ({@code danvan.public-url}, environment variable
 * {@code DANVAN_PUBLIC_URL}, e.g. "https://dichvucong.phugiao.gov.vn"), for what is printed and handed
 * out: household code slips, the QR code of a receipt slip. Never the host of the request that printed
 * them: an officer inside the office network reaches the application by another name than citizens do.
 * The demo on the embedded database (danvan.demo) falls back on http://localhost:8080; any other
 * installation refuses to start without it, rather than print an address that leads nowhere.
 */
@Component
public class PublicAddress {

    static final String DEMO_DEFAULT = "http://localhost:8080";

    private final String url;

    PublicAddress(@Value("${danvan.public-url:}") String configured, @Value("${danvan.demo:false}") boolean demo) {
        this.url = resolve(configured, demo);
    }

    static String resolve(String configured, boolean demo) {
        if (configured == null || configured.isBlank()) {
            if (demo) {
                return DEMO_DEFAULT;
            }
            throw new IllegalStateException("danvan.public-url (DANVAN_PUBLIC_URL) is not set: the public address "
                    + "of the portal, printed on household code slips and receipt slips, e.g. https://dichvucong.example.vn");
        }
        String url = configured.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalStateException("danvan.public-url must be an http(s) address with a host: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("danvan.public-url is not an address: " + url, e);
        }
        return url;
    }

    /** The configured address, without a trailing slash. */
    public String url() {
        return url;
    }

    /** The public address of a path of the application ("/portal/dossiers/lookup?code=HS-..."). */
    public String of(String path) {
        return url + (path.startsWith("/") ? path : "/" + path);
    }
}
