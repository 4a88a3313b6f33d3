package org.surgalt.scorm.manifest;

/**
 * Appends an item's {@code parameters} to its resource's href the way SCORM CAM describes it:
 * a leading '?' or '&' on the parameters is dropped and the right separator put in its place;
 * a '#fragment' is appended only when the href has none; the query goes before the href's own
 * fragment, where a browser reads it.
 */
final class LaunchUrl {

    private LaunchUrl() {
    }

    static String withParameters(String href, String parameters) {
        String params = parameters.strip();
        if (params.isEmpty()) {
            return href;
        }
        int hash = href.indexOf('#');
        if (params.startsWith("#")) {
            return hash >= 0 ? href : href + params;
        }
        while (params.startsWith("?") || params.startsWith("&")) {
            params = params.substring(1);
        }
        if (params.isEmpty()) {
            return href;
        }
        String path = hash >= 0 ? href.substring(0, hash) : href;
        String fragment = hash >= 0 ? href.substring(hash) : "";
        return path + (path.contains("?") ? "&" : "?") + params + fragment;
    }
}
