package vn.danvan.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.danvan.DanVanApplication;
import vn.danvan.OwnDatabase;

/**
 * A whole DanVan of its own (server on a free port, demo data) on a database nobody else uses: an
 * H2 in-memory database of its own name, or on the PostgreSQL run ({@code SPRING_DATASOURCE_URL}
 * set) a schema of its own, dropped first. For tests that change data freely (sending every form
 * hostile values) without disturbing the shared context of the other integration tests.
 */
final class OwnServer implements AutoCloseable {

    private final ConfigurableApplicationContext app;
    private final Path dataDir;

    private OwnServer(ConfigurableApplicationContext app, Path dataDir) {
        this.app = app;
        this.dataDir = dataDir;
    }

    static OwnServer start(String name, String... extraArguments) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("danvan-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--danvan.demo=true",
                "--danvan.data-dir=" + dataDir));
        OwnDatabase.properties(name).forEach((key, value) -> args.add("--" + key + "=" + value));
        args.addAll(List.of(extraArguments));
        return new OwnServer(SpringApplication.run(DanVanApplication.class, args.toArray(String[]::new)), dataDir);
    }

    String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    ConfigurableApplicationContext context() {
        return app;
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        app.close();
    }
}
