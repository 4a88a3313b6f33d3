package org.surgalt.xapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The built-in Learning Record Store at {@code /xapi/}. */
@ConfigMapping(prefix = "surgalt.xapi")
public interface XapiConfig {

    /**
     * The {@code homePage} of learners' accounts in statements: the site's public address, stable
     * for the life of the site (statements keep it). Unset: {@code surgalt.notification.base-url}.
     */
    Optional<String> homePage();

    /** How long content's per-launch LRS credentials work: a long lesson, not a day. */
    @WithDefault("PT8H")
    Duration launchTtl();

    /**
     * The largest request the LRS reads (statements with their attachments, a document): it is
     * read whole before it is checked.
     */
    @WithDefault("33554432")
    long maxRequestBytes();

    /** The most statements one GET returns (a client's smaller {@code limit} wins). */
    @WithDefault("500")
    int maxStatementsPerPage();
}
