package org.surgalt.samples;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "surgalt.samples")
public interface SamplesConfig {

    /** The folder of sample courses and demo.yaml, relative to the working directory. */
    String dir();

    /** Import the samples at start-up (idempotent: what exists already is left alone). */
    @WithName("import")
    boolean importAtStart();
}
