package org.surgalt.admin;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At every start with no site administrator (a production start: surgalt.samples.import=false and
 * nobody holding ADMIN), prints a one-time link to create one. It runs after the sample import
 * (which gives ./run its demo admin) and inside platform/StartupLock, so instances starting together
 * each print their own link, one after the other, and any of them works once.
 */
@ApplicationScoped
class SetupLink {

    private static final Logger LOG = Logger.getLogger(SetupLink.class);
    /** After SampleImporter (APPLICATION + 500) and DemoSessions (+ 600), before StartupLock's release (+ 1000). */
    static final int PRIORITY = Interceptor.Priority.APPLICATION + 700;

    private final SetupService setup;
    private final String baseUrl;

    SetupLink(SetupService setup, @ConfigProperty(name = "surgalt.notification.base-url") String baseUrl) {
        this.setup = setup;
        this.baseUrl = baseUrl;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        String line = announce(setup.done());
        if (line != null) {
            LOG.warn(line);
        }
    }

    /** The log line with a new link, or null when the site is set up. */
    String announce(boolean done) {
        if (done) {
            return null;
        }
        String link = baseUrl.replaceAll("/+$", "") + "/setup/" + setup.issue();
        return "Surgalt has no site administrator yet. To create one, open this one-time link within "
                + SetupService.VALID_FOR.toHours() + " hours: " + link;
    }
}
