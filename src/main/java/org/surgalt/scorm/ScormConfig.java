package org.surgalt.scorm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "surgalt.scorm")
public interface ScormConfig {

    /**
     * Where unpacked package files are kept, each once by its SHA-256 (shared by every instance,
     * like the asset volume; not inside it, whose sweep deletes bytes that are no asset).
     */
    @WithDefault("data/packages")
    Path filesRoot();

    /** The most a package may expand to when unpacked, and the most entries it may have. */
    @WithDefault("2147483648")
    long maxUnpackedBytes();

    @WithDefault("20000")
    int maxFiles();
}
