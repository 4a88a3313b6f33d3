package org.surgalt.xapi;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.xapi.client.XapiClientService;

/** LRS callers for tests: real clients made the way an admin makes them, and requests with their credentials. */
public final class Lrs {

    private static long adminId;

    private Lrs() {
    }

    /** A client's Authorization header value and its id. */
    public record Client(long id, String authorization) {
        public RequestSpecification given(String version) {
            RequestSpecification spec = io.restassured.RestAssured.given().header("Authorization", authorization);
            return version == null ? spec : spec.header("X-Experience-API-Version", version);
        }
    }

    public static Client client(String institutionCode, boolean read, boolean write) {
        if (adminId == 0) {
            adminId = org.surgalt.testsupport.PersonBuilder.aPerson().withRole(Role.ADMIN).create().id();
        }
        Viewer admin = new Viewer(adminId, "lrs-admin", "LRS admin", Locale.ENGLISH, null, Set.of(Grant.site(Role.ADMIN)));
        XapiClientService.Created created = Arc.container().instance(XapiClientService.class).get()
                .create(admin, "test " + UUID.randomUUID(), institutionCode, read, write);
        return new Client(created.client().id(), basic(created.client().key(), created.secret()));
    }

    public static Client siteClient() {
        return client(null, true, true);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A launch's credentials as content gets them. */
    public static RequestSpecification asLaunch(LaunchScope scope, String version) {
        String value = Arc.container().instance(LaunchCredentials.class).get().issue(scope);
        return given().header("Authorization", "Basic " + value).header("X-Experience-API-Version", version);
    }

    public static String statement(String mbox, String verb, String activity) {
        return "{\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\"" + verb + "\",\"display\":{\"en-US\":\"did\"}},"
                + "\"object\":{\"id\":\"" + activity + "\"}}";
    }
}
