package org.surgalt.xapi;

/**
 * A request the LRS refuses with the status the xAPI specification requires (400, 403, 409, 412…)
 * and a message that says why; never a 5xx. Thrown by the LRS itself and by observers of
 * {@link StatementsStored} (e.g. a cmi5 AU breaking the order of cmi5 statements: 403).
 */
public class XapiRejected extends RuntimeException {

    private final int status;

    public XapiRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
