package org.surgalt.lti;

import java.util.Arrays;
import java.util.List;

/** What an admin types to register a tool; every field as typed (null read as empty). */
public record ToolForm(String name, String issuer, String clientId, String deploymentId, String loginUrl,
        String redirectUris, String jwksUrl, String publicKey, String shares, Boolean roster) {

    /** Shares the name, as launches always did, and no roster. */
    public ToolForm(String name, String issuer, String clientId, String deploymentId, String loginUrl,
            String redirectUris, String jwksUrl, String publicKey) {
        this(name, issuer, clientId, deploymentId, loginUrl, redirectUris, jwksUrl, publicKey, null, null);
    }

    public ToolForm {
        name = strip(name);
        issuer = strip(issuer);
        clientId = strip(clientId);
        deploymentId = strip(deploymentId);
        loginUrl = strip(loginUrl);
        redirectUris = strip(redirectUris);
        jwksUrl = strip(jwksUrl);
        publicKey = strip(publicKey);
        shares = strip(shares).isEmpty() ? PersonalData.NAME.name() : strip(shares);
        roster = Boolean.TRUE.equals(roster);
    }

    public static ToolForm empty() {
        return new ToolForm("", "", "", "", "", "", "", "", null, false);
    }

    /** The redirect URIs, one a line or separated by spaces. */
    public List<String> redirectUriList() {
        return Arrays.stream(redirectUris.split("\\s+")).filter(s -> !s.isBlank()).toList();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
