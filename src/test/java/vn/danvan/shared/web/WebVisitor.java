package vn.danvan.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One visitor of a running DanVan over real HTTP, as a browser would be: its own cookies (session),
 * redirects not followed (so each answer is seen), the CSRF token of its session taken from the last
 * page read and sent with every POST.
 */
public final class WebVisitor {

    /** A form value sent as it is, already percent-encoded (or raw bytes in a multipart part). */
    record Raw(byte[] bytes) {
    }

    /** A file part of a multipart body. */
    record FilePart(String filename, String contentType, byte[] content) {
    }

    public record Answer(int status, String location, String body) {
        Document page(String base) {
            return Jsoup.parse(body, base);
        }
    }

    private final String base;
    private final HttpClient client;
    private String csrf;

    public WebVisitor(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    String base() {
        return base;
    }

    /** Signs in through the login form; true when the session is signed in. */
    public boolean signIn(String username, String password) {
        get("/login");
        Answer answer = postForm("/login", Map.of("username", List.of(username), "password", List.of(password)));
        if (answer.status() != 302 || answer.location() == null || answer.location().contains("/login")) {
            return false;
        }
        get("/home");
        return csrf != null;
    }

    public Answer get(String path) {
        return get(path, Map.of());
    }

    Answer get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        Answer answer = send(request);
        rememberToken(answer);
        return answer;
    }

    /** An application/x-www-form-urlencoded POST; a {@link Raw} value goes as it is. */
    Answer postForm(String path, Map<String, List<?>> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(v -> append(body, name, v)));
        if (csrf != null && !fields.containsKey("_csrf")) {
            append(body, "_csrf", csrf);
        }
        return send(path, "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.ISO_8859_1),
                false);
    }

    /** A form POST with one more header (X-Forwarded-For, say). */
    Answer postFormWithHeader(String path, Map<String, List<?>> fields, String header, String value) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(v -> append(body, name, v)));
        append(body, "_csrf", csrf);
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.ISO_8859_1));
        Answer answer = send(request);
        rememberToken(answer);
        return answer;
    }

    /** A multipart/form-data POST; values are text, {@link Raw} bytes or {@link FilePart}s. */
    Answer postMultipart(String path, Map<String, List<?>> fields) {
        String boundary = "----danvan" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, values) -> values.forEach(v -> part(out, boundary, name, v)));
        if (csrf != null && !fields.containsKey("_csrf")) {
            part(out, boundary, "_csrf", csrf);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), false);
    }

    /** A POST of any content type and body, with the CSRF token in a header (as htmx sends it). */
    Answer post(String path, String contentType, byte[] body) {
        return send(path, contentType, body, true);
    }

    /** Forms send the CSRF token in their body, as a browser does; scripts in a header. */
    private Answer send(String path, String contentType, byte[] body, boolean tokenInHeader) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (csrf != null && tokenInHeader) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        Answer answer = send(request);
        rememberToken(answer);
        return answer;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void rememberToken(Answer answer) {
        if (answer.body() == null || !answer.body().contains("_csrf")) {
            return;
        }
        Document page = Jsoup.parse(answer.body());
        Element meta = page.selectFirst("meta[name=_csrf]");
        Element input = page.selectFirst("input[name=_csrf]");
        if (meta != null) {
            csrf = meta.attr("content");
        } else if (input != null) {
            csrf = input.attr("value");
        }
    }

    private static void append(StringBuilder body, String name, Object value) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=');
        if (value instanceof Raw raw) {
            body.append(new String(raw.bytes(), StandardCharsets.ISO_8859_1));
        } else {
            body.append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, Object value) {
        out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (value instanceof FilePart file) {
            out.writeBytes(("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file.filename()
                    + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file.content());
        } else {
            out.writeBytes(("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(value instanceof Raw raw ? raw.bytes() : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
