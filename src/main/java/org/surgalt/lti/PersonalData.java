package org.surgalt.lti;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a tool's registration lets it learn of a person besides the opaque id: the one rule for
 * launches (id_token claims) and rosters (membership fields), so the two never disagree.
 */
public enum PersonalData {
    NONE, NAME, NAME_EMAIL;

    /** The OIDC standard claims (also the membership fields) this setting allows. */
    Map<String, Object> claims(String name, String email) {
        Map<String, Object> claims = new TreeMap<>();
        if (this != NONE) {
            claims.put("name", name);
        }
        if (this == NAME_EMAIL) {
            claims.put("email", email);
        }
        return claims;
    }

    static boolean known(String value) {
        for (PersonalData data : values()) {
            if (data.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
