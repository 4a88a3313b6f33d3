package org.surgalt.platform;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code surgalt.db.embedded.jdbc-url}, which application.properties uses as the default
 * datasource URL. The embedded server starts only when that value is first read, which happens
 * while the datasource is configured, before Flyway and Hibernate need it. When
 * QUARKUS_DATASOURCE_JDBC_URL (or the property) names an external database, the default is never
 * read, so no embedded server starts.
 */
public class EmbeddedMariaDbConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "surgalt.db.embedded.jdbc-url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Path dataDir = Path.of(value(context, "surgalt.db.embedded.data-dir", "data/db"));
        int port = Integer.parseInt(value(context, "surgalt.db.embedded.port", "0"));
        return List.of(new LazySource(dataDir, port));
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }

    private static final class LazySource implements ConfigSource {
        private final Path dataDir;
        private final int port;

        LazySource(Path dataDir, int port) {
            this.dataDir = dataDir;
            this.port = port;
        }

        // Not listed: anything that walks all property names must not start the server.
        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String propertyName) {
            if (!JDBC_URL.equals(propertyName)) {
                return null;
            }
            return EmbeddedMariaDb.start(dataDir, port, EmbeddedMariaDb.DATABASE, false);
        }

        @Override
        public String getName() {
            return "EmbeddedMariaDb";
        }

        @Override
        public int getOrdinal() {
            return 50;
        }
    }
}
