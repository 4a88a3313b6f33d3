package org.surgalt.lti;

import io.quarkus.arc.Arc;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.testsupport.PersonBuilder;

/** Registered LTI tools for tests that need one to exist (no tool answers at their addresses). */
public final class LtiTools {

    private LtiTools() {
    }

    /** A tool at a loopback port of its own (an origin no other tool of the run has). */
    public static long registered() {
        return registeredAt("http://tool-" + UUID.randomUUID() + ".invalid");
    }

    /** A tool whose addresses are at this origin (which no other tool of the run may have). */
    public static long registeredAt(String host) {
        long adminId = PersonBuilder.aPerson().withRole(Role.ADMIN).create().id();
        Viewer admin = new Viewer(adminId, "lti-admin", "LTI admin", Locale.ENGLISH, null,
                Set.of(Grant.site(Role.ADMIN)));
        return Arc.container().instance(LtiToolService.class).get().register(admin, new ToolForm("Test tool", host,
                "client-" + UUID.randomUUID(), "1", host + "/login", host + "/launch", host + "/jwks", "")).id();
    }
}
