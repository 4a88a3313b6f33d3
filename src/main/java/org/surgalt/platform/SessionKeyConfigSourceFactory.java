package org.surgalt.platform;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code surgalt.session.key}, which encrypts the session cookies, when the environment
 * does not (SURGALT_SESSION_KEY, which every instance of a cluster must share): a random key kept
 * in {@code surgalt.session.key-file} (default data/session.key), created on first use, so that a
 * single instance keeps its visitors signed in across restarts.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String KEY = "surgalt.session.key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue file = context.getValue("surgalt.session.key-file");
        Path path = Path.of(file == null || file.getValue() == null ? "data/session.key" : file.getValue());
        return List.of(new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return Set.of();
            }

            @Override
            public String getValue(String propertyName) {
                return KEY.equals(propertyName) ? keyIn(path) : null;
            }

            @Override
            public String getName() {
                return "SessionKeyFile";
            }

            @Override
            public int getOrdinal() {
                return 50;
            }
        });
    }

    static synchronized String keyIn(Path path) {
        try {
            if (!Files.exists(path)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Path parent = path.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                try {
                    Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(path, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException e) {
                    // Another instance on the same volume made it first: use theirs.
                } catch (UnsupportedOperationException e) {
                    Files.writeString(path, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                }
            }
            return Files.readString(path, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key file " + path
                    + "; set SURGALT_SESSION_KEY instead", e);
        }
    }
}
