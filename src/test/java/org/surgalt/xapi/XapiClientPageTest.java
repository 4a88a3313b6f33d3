package org.surgalt.xapi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/** A site admin makes an LRS client on its page, sees the secret once, and disables the client. */
@QuarkusTest
class XapiClientPageTest {

    private static final Pattern CODE = Pattern.compile("<dd><code>([^<]+)</code></dd>");

    @Test
    void adminCreatesAClientSeesTheSecretOnceAndDisablesIt() {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String name = "Analytics " + UUID.randomUUID();
        String page = admin.given().contentType("application/x-www-form-urlencoded").queryParam("_csrf", admin.csrf())
                .formParam("name", name).formParam("institution", "").formParam("read", "true")
                .formParam("write", "true").post("/admin/xapi-clients").then().statusCode(200)
                .body(containsString(name)).extract().asString();
        Matcher codes = CODE.matcher(page);
        assertTrue(codes.find() && codes.find(), page);
        String key = codes.group(1);
        assertTrue(codes.find(), page);
        String secret = codes.group(1);
        io.restassured.RestAssured.given().header("Authorization", Lrs.basic(key, secret))
                .header("X-Experience-API-Version", "1.0.3").get("/xapi/statements?limit=1").then().statusCode(200);
        // The list shows the key, never the secret again.
        admin.given().get("/admin/xapi-clients").then().statusCode(200).body(containsString(key))
                .body(not(containsString(secret)));
        // A name is required: the form comes back with what was typed and the reason.
        admin.given().contentType("application/x-www-form-urlencoded").queryParam("_csrf", admin.csrf())
                .formParam("name", "").formParam("institution", "no-such-school").formParam("read", "true")
                .post("/admin/xapi-clients").then().statusCode(400).body(containsString("no-such-school"));
        long id = io.restassured.path.json.JsonPath.from(admin.given().get("/api/admin/xapi-clients").asString())
                .getLong("find { it.key == '" + key + "' }.id");
        admin.given().contentType("application/x-www-form-urlencoded").queryParam("_csrf", admin.csrf())
                .formParam("_nothing", "").redirects().follow(false).post("/admin/xapi-clients/" + id + "/disable")
                .then().statusCode(303);
        io.restassured.RestAssured.given().header("Authorization", Lrs.basic(key, secret))
                .header("X-Experience-API-Version", "1.0.3").get("/xapi/statements?limit=1").then().statusCode(401);
    }
}
