package org.surgalt.badge;

import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.notification.NotificationConfig;

/** The public addresses of Open Badges objects, under the site's base URL. */
@ApplicationScoped
public class BadgeUrls {

    static final String STATUS_PATH = "/badges/status/";

    private final NotificationConfig site;

    BadgeUrls(NotificationConfig site) {
        this.site = site;
    }

    public String issuer() {
        return site.baseUrl() + "/badges/issuer";
    }

    public String jwks() {
        return site.baseUrl() + "/badges/jwks.json";
    }

    public String statusList(long list) {
        return site.baseUrl() + STATUS_PATH + list;
    }

    /** The list number of a status list URL of this site; -1 for anything else. */
    public long statusListNumber(String url) {
        String prefix = site.baseUrl() + STATUS_PATH;
        if (url == null || !url.startsWith(prefix)) {
            return -1;
        }
        try {
            return Long.parseLong(url.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
