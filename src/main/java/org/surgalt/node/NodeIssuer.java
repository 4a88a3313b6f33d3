package org.surgalt.node;

import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.notification.NotificationConfig;

/** The national issuer URL that nodes put in {@code aud}: one value for every instance. */
@ApplicationScoped
public class NodeIssuer {

    private final String issuer;

    NodeIssuer(NodeConfig config, NotificationConfig site) {
        this.issuer = config.issuer().orElse(site.baseUrl()).replaceAll("/+$", "");
    }

    public String url() {
        return issuer;
    }
}
