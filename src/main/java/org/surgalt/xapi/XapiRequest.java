package org.surgalt.xapi;

import jakarta.enterprise.context.RequestScoped;

/**
 * The current LRS request's caller and version, set by {@link XapiRequestFilters} before any
 * /xapi/ resource runs (resources of the LRS and of its documents inject this). Outside an /xapi/
 * request (Surgalt writing its own statements) nothing is set: {@link #caller()} is null and the
 * version is 1.0.3, the version cmi5 and H5P content speak.
 */
@RequestScoped
public class XapiRequest {

    private XapiCaller caller;
    private String version = XapiVersion.V1;

    /** Who is calling; null before authentication and outside /xapi/ requests. */
    public XapiCaller caller() {
        return caller;
    }

    /** The caller, or 401 when there is none (a resource reached without the filter). */
    public XapiCaller requireCaller() {
        if (caller == null) {
            throw new XapiRejected(401, "Credentials are required (HTTP Basic).");
        }
        return caller;
    }

    /** {@link XapiVersion#V1} or {@link XapiVersion#V2}. */
    public String version() {
        return version;
    }

    public boolean isV2() {
        return XapiVersion.V2.equals(version);
    }

    void set(XapiCaller caller, String version) {
        this.caller = caller;
        this.version = version;
    }
}
