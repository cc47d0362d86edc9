package vn.danvan.organisation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.SignedIn;

/**
 * Walks every page a demo set offers, as each demo account and as an anonymous visitor, following the
 * links the pages show (a record's page once for each shape of address, a list as each account), and
 * reads every document the
 * pages link to (DOCX and PDF): what a person of that installation would see. Used to prove that no
 * page or document of one demo set names the administrative level of the other.
 */
final class LevelCrawl {

    private static final Pattern SKIPPED = Pattern.compile(
            "^/(logout|webjars|static|css|js|images|actuator|v3|swagger-ui|error)\\b.*"
                    + "|.*[?&](lang|format=csv|format=xlsx)\\b.*|.*\\.(xlsx|csv|png|jpg|ico|json|xml)(\\?.*)?$"
                    + "|.*/(export|template)(\\.[a-z]+)?(\\?.*)?$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final Set<String> shapes = new HashSet<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private int documents;

    LevelCrawl(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.context = context;
    }

    /** Walks the pages as the account (null: an anonymous visitor), keeping each page's and document's text. */
    LevelCrawl as(String username, String... starts) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(starts));
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (SKIPPED.matcher(url).matches() || !shapes.add(shape(url, username))) {
                continue;
            }
            MockHttpServletRequestBuilder request = get(URI.create(url));
            if (username != null) {
                request = request.with(SignedIn.as(context, username));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() != 200 || response.getContentType() == null) {
                continue;
            }
            String type = response.getContentType();
            String where = (username == null ? "anonymous" : username) + " " + url;
            if (type.startsWith("text/html")) {
                Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + url);
                texts.put(where, text(page));
                for (Element a : page.select("a[href]")) {
                    local(a.attr("href"), url).ifPresent(queue::add);
                }
            } else if (type.contains("wordprocessingml")) {
                documents++;
                texts.put(where, docx(response.getContentAsByteArray()));
            } else if (type.startsWith("application/pdf")) {
                documents++;
                texts.put(where, pdf(response.getContentAsByteArray()));
            }
        }
        return this;
    }

    /** Every page and document read, as "account address". */
    Set<String> read() {
        return texts.keySet();
    }

    int pages() {
        return texts.size() - documents;
    }

    int documents() {
        return documents;
    }

    /** Each page or document (account and address) with the words of the list it contains. */
    Map<String, Set<String>> naming(List<String> words) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        List<Pattern> patterns = words.stream()
                .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        texts.forEach((where, text) -> {
            for (int i = 0; i < words.size(); i++) {
                if (patterns.get(i).matcher(text).find()) {
                    found.computeIfAbsent(where, k -> new TreeSet<>()).add(words.get(i));
                }
            }
        });
        return found;
    }

    /** The page's text, the values of its fields included (what a form shows as typed). */
    private static String text(Document page) {
        List<String> parts = new ArrayList<>();
        parts.add(page.title());
        parts.add(page.body() == null ? "" : page.body().text());
        for (Element input : page.select("input[value]:not([type=hidden]), textarea")) {
            parts.add(input.tagName().equals("textarea") ? input.text() : input.attr("value"));
        }
        return Normalizer.normalize(String.join("\n", parts), Normalizer.Form.NFC);
    }

    private static String docx(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return Normalizer.normalize(extractor.getText(), Normalizer.Form.NFC);
        }
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PdfReader reader = new PdfReader(bytes)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
        }
    }

    /**
     * The address as a shape: numbers read as one, the query's names without their values. A record's
     * page is read once, by whoever reaches it first; a list is read by every account, since each sees
     * its own records there.
     */
    private static String shape(String url, String username) {
        int q = url.indexOf('?');
        String bare = q < 0 ? url : url.substring(0, q);
        String path = NUMBER.matcher(bare).find() ? NUMBER.matcher(bare).replaceAll("#") : username + " " + bare;
        if (q < 0) {
            return path;
        }
        Set<String> names = new TreeSet<>();
        for (String pair : url.substring(q + 1).split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return path + "?" + String.join("&", names);
    }

    private static Optional<String> local(String href, String from) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
                || href.startsWith("javascript:")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != -1) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
