package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No text names a fixed administrative level or a body of one (issue 14, point 1): the names of
 * the committee, the office that consolidates reports, the party committee, the locality and the
 * directive come from the organisation data and the local government an administrator sets
 * ({@code organisation.LocalGovernment}), never from the message bundles, the Java code or the
 * templates. The demo data (classes named *Demo*) is exempt: it is the one place that names the
 * demo's own units. Each other exception is listed here with its reason.
 */
class LevelWordsTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    /** The words of a level or of a body of one; "district" for the English bundles and code. */
    static final Pattern LEVEL_WORDS = Pattern.compile(
            "huyện|huyen\\b|Phòng Nội vụ|thị trấn|Phú Giáo|Phu Giao|Bình Dương|Binh Duong|UBND-PG|\\bdistricts?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Message keys that may name a level, with the reason. */
    private static final Map<String, String> ALLOWED_KEYS = Map.of(
            "localGovernment.committeeUnitId.help", "examples for the administrator who names the local government",
            "localGovernment.homeAffairsUnitId.help", "examples for the administrator who names the local government",
            "localGovernment.partyCommittee.help", "examples for the administrator who names the local government",
            "localGovernment.locality.help", "examples for the administrator who names the local government",
            "localGovernment.directiveBasis.help", "examples for the administrator who names the local government");

    /** Java files whose string literals may name a level, with the reason. */
    private static final Map<String, String> ALLOWED_JAVA = Map.of(
            "vn/danvan/documents/Issuers.java",
            "the LEVEL pattern reads the area out of a committee's name (\"huyện Phú Giáo\" -> \"Phú Giáo\")",
            "vn/danvan/organisation/OrganisationBootstrap.java", "the log line names the demo set it loaded");

    @Test
    void theMessageBundlesNameNoLevel() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Properties bundle = new Properties();
                try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    bundle.load(in);
                }
                for (String key : bundle.stringPropertyNames()) {
                    Matcher m = LEVEL_WORDS.matcher(bundle.getProperty(key));
                    if (m.find() && !ALLOWED_KEYS.containsKey(key)) {
                        found.add(file.getFileName() + ": " + key + " (" + m.group() + ")");
                    }
                }
            }
        }
        assertThat(found).as("level words in the message bundles (use a placeholder filled from the local government)")
                .isEmpty();
    }

    @Test
    void theJavaCodeNamesNoLevelOutsideTheDemoData() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = JAVA.relativize(file).toString().replace('\\', '/');
                if (file.getFileName().toString().contains("Demo") || ALLOWED_JAVA.containsKey(name)) {
                    continue;
                }
                for (String literal : stringLiterals(Files.readString(file))) {
                    Matcher m = LEVEL_WORDS.matcher(literal);
                    if (m.find()) {
                        found.add(name + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("level words in Java string literals (take the names from the organisation)").isEmpty();
    }

    @Test
    void theTemplatesNameNoLevel() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Matcher m = LEVEL_WORDS.matcher(Files.readString(file));
                if (m.find()) {
                    found.add(TEMPLATES.relativize(file) + " (" + m.group() + ")");
                }
            }
        }
        assertThat(found).as("level words in templates").isEmpty();
    }

    @Test
    void theGuardFindsTheWordsItLooksFor() {
        assertThat(stringLiterals("""
                String a = "Ủy ban nhân dân huyện"; // "Phòng Nội vụ" in a comment is fine
                /* "thị trấn" */ String b = "Gửi " + name;
                String c = \"""
                    Thường trực Huyện ủy
                    \""";
                """)).containsExactly("Ủy ban nhân dân huyện", "Gửi ", "    Thường trực Huyện ủy\n    ");
        assertThat(List.of("Gửi Phòng Nội vụ", "Chủ tịch UBND huyện", "Thường trực Huyện ủy", "xã, thị trấn",
                "Phu Giao district", "UBND-PG")).allMatch(t -> LEVEL_WORDS.matcher(t).find());
        assertThat(List.of("Gửi Sở Nội vụ", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "cấp xã", "districtWide()"))
                .noneMatch(t -> LEVEL_WORDS.matcher(t).find());
    }

    /** The string literals and text blocks of a Java source, comments left out. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int end = source.indexOf("\"\"\"", start);
                literals.add(source.substring(start, end));
                i = end + 3;
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                int end = i + 1;
                while (end < n && source.charAt(end) != '"') {
                    if (source.charAt(end) == '\\') {
                        literal.append(source.charAt(end));
                        end++;
                    }
                    literal.append(source.charAt(end));
                    end++;
                }
                literals.add(literal.toString());
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
