package org.surgalt.xapi;

import java.util.Optional;
import java.util.regex.Pattern;

/** The xAPI versions the LRS speaks, chosen per request by {@code X-Experience-API-Version}. */
public final class XapiVersion {

    /** The newest 1.0.x, which every 1.0.x request is answered as. */
    public static final String V1 = "1.0.3";
    /** IEEE 9274.1.1 (xAPI 2.0). */
    public static final String V2 = "2.0.0";

    private static final Pattern ONE = Pattern.compile("1\\.0(\\.\\d+)?");
    private static final Pattern TWO = Pattern.compile("2\\.0(\\.\\d+)?");

    private XapiVersion() {
    }

    /** V1 or V2 for a header the LRS accepts; empty for a missing or unsupported one. */
    public static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (ONE.matcher(value).matches()) {
            return Optional.of(V1);
        }
        if (TWO.matcher(value).matches()) {
            return Optional.of(V2);
        }
        return Optional.empty();
    }

    /** Whether a statement's own "version" property may be stored under the request's version. */
    static boolean statementVersionAllowed(String requestVersion, String statementVersion) {
        if (ONE.matcher(statementVersion).matches()) {
            return true;
        }
        return V2.equals(requestVersion) && TWO.matcher(statementVersion).matches();
    }
}
