package org.surgalt.samples;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * With the demo people imported ({@code surgalt.samples.import}, on by default and so for
 * {@code ./run}), anyone who can reach the server can sign in as the site admin with the password
 * the README publishes. So the packaged application then listens on the loopback address only,
 * instead of Quarkus's every interface. Anyone may still choose: {@code quarkus.http.host} given
 * anywhere (application.properties, QUARKUS_HTTP_HOST, -Dquarkus.http.host=0.0.0.0) wins over this
 * default. Without the demo (production, the container image) nothing changes.
 */
public class DemoLoopbackConfigSourceFactory implements ConfigSourceFactory {

    static final String HOST = "quarkus.http.host";
    static final String LOOPBACK = "127.0.0.1";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Dev and test modes already listen on localhost (Quarkus's own default there).
        boolean packaged = context.getProfiles().contains("prod");
        if (!packaged || !demoImported(context.getValue("surgalt.samples.import"))) {
            return List.of();
        }
        return List.of(new LoopbackSource());
    }

    /**
     * Above Quarkus's computed default (the lowest ordinal), below every source a person sets. It
     * lists no property names: the build records the values of the names it can list into the jar
     * as run-time defaults, and the build's answer (demo on) would then outlive a production
     * start with the demo off.
     */
    private static final class LoopbackSource implements ConfigSource {
        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String propertyName) {
            return HOST.equals(propertyName) ? LOOPBACK : null;
        }

        @Override
        public String getName() {
            return "DemoLoopback";
        }

        @Override
        public int getOrdinal() {
            return 50;
        }
    }

    /** SmallRye Config's reading of a boolean; unset is application.properties' default, true. */
    private static boolean demoImported(ConfigValue value) {
        if (value == null || value.getValue() == null || value.getValue().isBlank()) {
            return true;
        }
        return Set.of("true", "1", "yes", "y", "on").contains(value.getValue().strip().toLowerCase(Locale.ROOT));
    }
}
