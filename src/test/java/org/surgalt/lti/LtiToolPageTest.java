package org.surgalt.lti;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.AuditRows;
import org.surgalt.testsupport.Sessions;

/** A site admin registers an LTI tool on its page; the platform publishes its rotating keys. */
@QuarkusTest
class LtiToolPageTest {

    @Test
    void anAdminRegistersAToolAndBadInputComesBackInTheReadersLanguage() {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String host = "http://tool-" + UUID.randomUUID() + ".invalid";
        String client = "client-" + UUID.randomUUID();
        admin.form().formParam("name", "Geometry").formParam("issuer", host).formParam("clientId", client)
                .formParam("deploymentId", "d1").formParam("loginUrl", host + "/login")
                .formParam("redirectUris", host + "/launch\n" + host + "/deep").formParam("jwksUrl", host + "/jwks")
                .formParam("publicKey", "").formParam("shares", "NAME_EMAIL").formParam("roster", "true")
                .post("/admin/lti-tools").then().statusCode(303);
        admin.given().accept("text/html").get("/admin/lti-tools").then().statusCode(200)
                .body(containsString(client)).body(containsString("/lti/jwks"));
        io.restassured.path.json.JsonPath tools = io.restassured.path.json.JsonPath.from(
                admin.given().get("/api/admin/lti-tools").asString());
        long id = tools.getLong("find { it.clientId == '" + client + "' }.id");
        // What it learns of people and whether it reads rosters, as chosen on the form.
        assertEquals("NAME_EMAIL", tools.getString("find { it.clientId == '" + client + "' }.shares"));
        assertTrue(tools.getBoolean("find { it.clientId == '" + client + "' }.roster"));
        admin.form().formParam("name", "Chemistry").formParam("issuer", host + "/3")
                .formParam("clientId", "shares-" + client).formParam("deploymentId", "d1")
                .formParam("loginUrl", "http://chem-" + UUID.randomUUID() + ".invalid/login")
                .formParam("redirectUris", host + "/launch").formParam("jwksUrl", host + "/jwks")
                .formParam("shares", "EVERYTHING").post("/admin/lti-tools").then().statusCode(400)
                .body(containsString("NONE, NAME эсвэл NAME_EMAIL байна")).body(containsString("shares-" + client));
        assertEquals(1, AuditRows.of("lti_tool.create", "lti_tool", id).size());

        // Neither a key address nor a key, in the admin's language (Mongolian): the form comes back as typed.
        admin.form().formParam("name", "Physics").formParam("issuer", host + "/2")
                .formParam("clientId", "kept-" + client).formParam("deploymentId", "d1")
                .formParam("loginUrl", "http://other-" + UUID.randomUUID() + ".invalid/login")
                .formParam("redirectUris", host + "/launch").formParam("jwksUrl", "").formParam("publicKey", "")
                .post("/admin/lti-tools").then().statusCode(400)
                .body(containsString("хэрэгслийн JWKS хаяг эсвэл нийтийн түлхүүрийн аль нэгийг өгнө үү"))
                .body(containsString("kept-" + client));
        // A second tool at the same address could not be told apart at launch.
        admin.given().contentType(ContentType.JSON).body(java.util.Map.of("name", "Twin", "issuer", host,
                "clientId", "twin-" + client, "deploymentId", "d1", "loginUrl", host + "/login",
                "redirectUris", host + "/launch", "jwksUrl", host + "/jwks")).post("/api/admin/lti-tools")
                .then().statusCode(400).contentType(containsString("problem+json"));

        admin.form().formParam("_nothing", "").post("/admin/lti-tools/" + id + "/disable").then().statusCode(303);
        assertTrue(io.restassured.path.json.JsonPath.from(admin.given().get("/api/admin/lti-tools").asString())
                .getBoolean("find { it.id == " + id + " }.disabled"));
    }

    @Test
    void theJwksPublishesTheCurrentAndThePreviousKeyAfterARotation() throws Exception {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String first = admin.given().contentType(ContentType.JSON).body("{}")
                .post("/api/admin/lti-tools/signing-key/rotate").then().statusCode(200).extract().path("kid");
        String second = admin.given().contentType(ContentType.JSON).body("{}")
                .post("/api/admin/lti-tools/signing-key/rotate").then().statusCode(200).extract().path("kid");
        JWKSet published = JWKSet.parse(RestAssured.given().get("/lti/jwks").then().statusCode(200).extract().asString());
        List<String> kids = published.getKeys().stream().map(key -> key.getKeyID()).toList();
        assertEquals(List.of(second, first), kids);
        assertTrue(published.getKeys().stream().noneMatch(key -> key.isPrivate()));
        String third = admin.given().contentType(ContentType.JSON).body("{}")
                .post("/api/admin/lti-tools/signing-key/rotate").then().statusCode(200).extract().path("kid");
        JWKSet after = JWKSet.parse(RestAssured.given().get("/lti/jwks").asString());
        assertEquals(List.of(third, second), after.getKeys().stream().map(key -> key.getKeyID()).toList());
        assertFalse(after.toString().contains(first));
    }
}
