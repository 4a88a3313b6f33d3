package org.surgalt.authoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Peer review ({@code surgalt.authoring.*}). */
@ConfigMapping(prefix = "surgalt.authoring")
public interface AuthoringConfig {

    /** Approvals a draft needs before it is published; 0 lets authors publish without review. */
    @WithDefault("1")
    int approvalsRequired();
}
