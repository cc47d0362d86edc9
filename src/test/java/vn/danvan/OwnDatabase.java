package vn.danvan;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database nobody else uses, for a test that runs a DanVan of its own beside the shared context: an H2
 * in-memory database of its own name, or on the PostgreSQL run ({@code SPRING_DATASOURCE_URL} set) a schema of its
 * own, dropped first. Two applications on one database would run each other's scheduled work.
 */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    /** The application settings ({@code spring.datasource.url}, ...) of the database named {@code name}. */
    public static Map<String, String> properties(String name) {
        Map<String, String> properties = new LinkedHashMap<>();
        String postgres = System.getenv("SPRING_DATASOURCE_URL");
        if (postgres != null && postgres.startsWith("jdbc:postgresql:")) {
            dropSchema(postgres, name);
            properties.put("spring.datasource.url",
                    postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + name);
            properties.put("spring.flyway.default-schema", name);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return properties;
    }

    private static void dropSchema(String url, String schema) {
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema " + schema, e);
        }
    }
}
