package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every screen text lives in the message bundles: a template may not hold literal words, every
 * key a template names exists, and each bundle has the same keys in Vietnamese and English.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>",
            Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([\\w.]+)(?:\\(|})");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "(?<![:\\w-])(placeholder|aria-label|title|alt)=\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("input", "meta", "link", "br", "hr", "img", "source", "col");
    private static final Set<String> FILLING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:errors");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            literals.addAll(literalTexts(TEMPLATES.relativize(template).toString(), html));
        }
        assertThat(literals).as("literal text in templates (use a message key)").isEmpty();
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Properties vietnamese = bundle("");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = STATIC_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!vietnamese.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("keys missing from the Vietnamese bundles").isEmpty();
    }

    @Test
    void everyKeyTheCodeRaisesExists() throws IOException {
        Properties vietnamese = bundle("");
        Pattern raised = Pattern.compile(
                "(?:InvalidRequestException\\(|onField\\(\"[^\"]+\",\\s*|addFlashAttribute\\(\"\\w+\",\\s*)\"([\\w.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = raised.matcher(Files.readString(source));
                while (m.find()) {
                    if (!vietnamese.containsKey(m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys raised in code but missing from the bundles").isEmpty();
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                String name = vi.getFileName().toString();
                Path en = MESSAGES.resolve(name.replace(".properties", "_en.properties"));
                assertThat(en).as("English bundle beside " + name).exists();
                Set<String> viKeys = keys(load(vi));
                Set<String> enKeys = keys(load(en));
                assertThat(enKeys).as("keys of " + en.getFileName()).isEqualTo(viKeys);
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                for (String key : keys(load(vi))) {
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void theCheckFindsLiteralText() {
        assertThat(literalTexts("t", "<p>Xin chào</p>")).hasSize(1);
        assertThat(literalTexts("t", "<p th:text=\"#{a}\">Xin chào</p>")).isEmpty();
        assertThat(literalTexts("t", "<div th:text=\"#{a}\"><b>x</b></div>")).isEmpty();
        assertThat(literalTexts("t", "<input placeholder=\"Tìm\">")).hasSize(1);
        assertThat(literalTexts("t", "<span>·</span>")).isEmpty();
    }

    static List<String> literalTexts(String name, String html) {
        List<String> found = new ArrayList<>();
        List<Boolean> filled = new ArrayList<>();
        List<String> open = new ArrayList<>();
        Matcher m = TOKEN.matcher(html);
        int last = 0;
        while (m.find()) {
            String text = html.substring(last, m.start());
            boolean covered = filled.contains(Boolean.TRUE) || open.contains("script") || open.contains("style");
            if (!covered && LETTER.matcher(text).find()) {
                found.add(name + ": \"" + text.strip() + "\"");
            }
            last = m.end();
            if (m.group(2) == null) {
                continue;
            }
            String tag = m.group(2).toLowerCase();
            String attributes = m.group(3);
            Matcher attr = LITERAL_ATTRIBUTE.matcher(attributes);
            while (attr.find()) {
                if (LETTER.matcher(attr.group(2)).find()) {
                    found.add(name + ": " + attr.group(1) + "=\"" + attr.group(2) + "\"");
                }
            }
            if (!m.group(1).isEmpty()) {
                int i = open.lastIndexOf(tag);
                if (i >= 0) {
                    while (open.size() > i) {
                        open.remove(open.size() - 1);
                        filled.remove(filled.size() - 1);
                    }
                }
            } else if (m.group(4).isEmpty() && !VOID.contains(tag)) {
                open.add(tag);
                filled.add(FILLING.stream().anyMatch(a -> attributes.contains(a + "=")));
            }
        }
        return found;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** All Vietnamese (suffix "") or English (suffix "_en") bundles merged. */
    private static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path p : files.filter(f -> suffix.isEmpty() ? !f.getFileName().toString().contains("_")
                    : f.getFileName().toString().endsWith(suffix + ".properties")).toList()) {
                all.putAll(load(p));
            }
        }
        return all;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().forEach(keys::add);
        return keys;
    }
}
