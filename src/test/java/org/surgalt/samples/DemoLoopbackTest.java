package org.surgalt.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the packaged application (what {@code ./run} starts) listens, worked out the way Quarkus
 * works it out: application.properties, the environment, system properties and the config source
 * factories the application registers, over Quarkus's own default for a packaged jar (every
 * interface). The README publishes the demo accounts' password, so with the demo imported only
 * this machine may reach it unless the person says otherwise.
 */
class DemoLoopbackTest {

    private static final Path SERVICES = Path.of(
            "src/main/resources/META-INF/services/" + ConfigSourceFactory.class.getName());

    private static String host(Map<String, String> environment, Map<String, String> systemProperties) throws Exception {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(systemProperties, "system properties", 400))
                // Quarkus's default for a packaged jar (io.quarkus.vertx.http.runtime.VertxConfigBuilder).
                .withDefaultValue("quarkus.http.host", "0.0.0.0");
        for (String factory : registeredFactories()) {
            builder.withSources((ConfigSourceFactory) Class.forName(factory).getDeclaredConstructor().newInstance());
        }
        SmallRyeConfig config = builder.build();
        return config.getRawValue("quarkus.http.host");
    }

    private static String[] registeredFactories() throws IOException {
        return Files.readAllLines(SERVICES, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toArray(String[]::new);
    }

    @Test
    void withTheDemoImportedTheServerListensOnThisMachineOnly() throws Exception {
        assertEquals("127.0.0.1", host(Map.of(), Map.of()), "./run: the demo accounts' password is public");
        assertEquals("127.0.0.1", host(Map.of("SURGALT_SAMPLES_IMPORT", "true"), Map.of()));
    }

    @Test
    void aPersonMayStillOpenItToTheNetwork() throws Exception {
        assertEquals("0.0.0.0", host(Map.of(), Map.of("quarkus.http.host", "0.0.0.0")), "./run -Dquarkus.http.host=0.0.0.0");
        assertEquals("0.0.0.0", host(Map.of("QUARKUS_HTTP_HOST", "0.0.0.0"), Map.of()));
        assertEquals("192.168.1.10", host(Map.of("QUARKUS_HTTP_HOST", "192.168.1.10"), Map.of()));
    }

    /**
     * The build asks the configuration for every name its sources list and writes the answers into
     * the jar as run-time defaults: a listed loopback host, answered while building with the demo
     * on, stayed in the jar and production listened on 127.0.0.1 with the demo off.
     */
    @Test
    void theBuildCannotRecordTheLoopbackIntoTheJar() {
        SmallRyeConfig building = new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new DemoLoopbackConfigSourceFactory()).build();
        assertEquals("127.0.0.1", building.getRawValue("quarkus.http.host"));
        for (org.eclipse.microprofile.config.spi.ConfigSource source : building.getConfigSources()) {
            assertFalse(source.getPropertyNames().contains("quarkus.http.host"), source.getName());
        }
    }

    @Test
    void withoutTheDemoProductionListensOnEveryInterfaceAsBefore() throws Exception {
        assertEquals("0.0.0.0", host(Map.of("SURGALT_SAMPLES_IMPORT", "false"), Map.of()), "deploy/kubernetes' setting");
        assertEquals("0.0.0.0", host(Map.of(), Map.of("surgalt.samples.import", "false")));
    }
}
