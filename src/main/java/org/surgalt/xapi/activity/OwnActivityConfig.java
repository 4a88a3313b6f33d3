package org.surgalt.xapi.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Surgalt's own activity written to its LRS as statements (see deploy/XAPI-PROFILE.md): a site
 * setting, off unless an institution wants all its learning records in one store.
 */
@ConfigMapping(prefix = "surgalt.xapi.own-activity")
public interface OwnActivityConfig {

    /** Whether lessons read, files opened, videos watched, quizzes, submissions, grades, attendance and certificates become statements. */
    @WithDefault("false")
    boolean enabled();

    /** How often each instance looks for new records (one instance exports at a time); "off" in tests, which run it by hand. */
    @WithDefault("15s")
    String interval();

    /**
     * How old a record must be before it is exported. Records are read in the order of their ids,
     * and a transaction still open can commit a lower id after a higher one is visible: waiting
     * this long lets every such transaction (recording a fact takes milliseconds) commit first.
     */
    @WithDefault("PT30S")
    Duration settle();

    /** Records turned into statements per transaction. */
    @WithDefault("500")
    int batch();
}
