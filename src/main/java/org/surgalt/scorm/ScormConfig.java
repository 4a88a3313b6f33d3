package org.surgalt.scorm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "surgalt.scorm")
public interface ScormConfig {

    /**
     * Where unpacked package files are kept, each once by its SHA-256, shared by every instance.
     * Unset: {@code packages/} inside the asset volume (surgalt.assets.root), where the asset
     * store's sweep never looks (it knows only its own two levels of folders).
     */
    Optional<Path> filesRoot();

    /** The most a package may expand to when unpacked, and the most entries it may have. */
    @WithDefault("2147483648")
    long maxUnpackedBytes();

    @WithDefault("20000")
    int maxFiles();
}
