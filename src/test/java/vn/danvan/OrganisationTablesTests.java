package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The organisation module owns its tables: SQL in any other module names only the read-only views it
 * publishes ({@code org_unit}, {@code org_person}, {@code org_staff}; see
 * {@code organisation/package-info.java}), never {@code unit}, {@code person}, {@code account} and
 * the rest. Checked over the source so that a query added later follows it too.
 */
class OrganisationTablesTests {

    private static final Path SOURCES = Path.of("src/main/java/vn/danvan");

    /** A table of organisation after a SQL keyword that names a table. */
    static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|join|update|into|table)\\s+(unit|person|account|account_role|api_token|sign_in_lock|local_government)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noOtherModuleNamesOrganisationTables() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            found = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !SOURCES.relativize(f).startsWith("organisation"))
                    .flatMap(OrganisationTablesTests::uses).toList();
        }
        assertThat(found).as("SQL outside organisation naming its tables").isEmpty();
    }

    @Test
    void theCheckSeesATableInAQuery() {
        assertThat(TABLE.matcher("select u.name from dossier d join unit u on u.id = d.unit_id").find()).isTrue();
        assertThat(TABLE.matcher("left join account a on a.username = s.actor").find()).isTrue();
        assertThat(TABLE.matcher("select u.name from dossier d join org_unit u on u.id = d.unit_id").find()).isFalse();
        assertThat(TABLE.matcher("select count(*) from unit_report where unit_id = :u").find()).isFalse();
    }

    private static Stream<String> uses(Path file) {
        try {
            String text = Files.readString(file);
            Matcher m = TABLE.matcher(text);
            Stream.Builder<String> found = Stream.builder();
            while (m.find()) {
                found.add(SOURCES.relativize(file) + ": " + m.group());
            }
            return found.build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
