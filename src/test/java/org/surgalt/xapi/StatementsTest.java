package org.surgalt.xapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * The Statements resource over HTTP with real clients. Test names carry the requirement they
 * check: xAPI 1.0.3 Communication (COMM) and Data (DATA) sections, 2.0 = IEEE 9274.1.1 part three.
 */
@QuarkusTest
class StatementsTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL app;

    private static final String V1 = "1.0.3";
    private static final String V2 = "2.0.0";
    private static final String VERB = "http://adlnet.gov/expapi/verbs/experienced";

    private static String activity() {
        return "http://test.surgalt/activities/" + UUID.randomUUID();
    }

    private static String mbox() {
        return "mailto:" + UUID.randomUUID() + "@test.surgalt";
    }

    @Test
    void comm_2_8_aboutIsOpenAndListsBothVersions() {
        // Without a version the answer is in the newest; a 1.0.x request is answered as 1.0.3.
        given().header("X-Experience-API-Version", "1.0.0").get("/xapi/about").then().statusCode(200)
                .header("X-Experience-API-Version", V1);
        given().get("/xapi/about").then().statusCode(200)
                .header("X-Experience-API-Version", V2)
                .body("version", hasItem("1.0.3")).body("version", hasItem("2.0.0"));
    }

    @Test
    void comm_4_1_noCredentialsIs401WithTheBasicChallenge() {
        given().header("X-Experience-API-Version", V1).get("/xapi/statements").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        given().header("X-Experience-API-Version", V1).header("Authorization", Lrs.basic("nobody", "wrong"))
                .get("/xapi/statements").then().statusCode(401);
    }

    @Test
    void comm_1_4_corsAtTheApplicationsOrigin_anyOriginWithBasicCredentials() {
        given().header("Origin", "https://analytics.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-experience-api-version")
                .options("/xapi/statements").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Headers", containsString("X-Experience-API-Version"))
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        Lrs.siteClient().given(V1).header("Origin", "https://analytics.example.org").get("/xapi/statements?limit=1")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("X-Experience-API-Consistent-Through"));
    }

    @Test
    void comm_3_3_missingOrUnsupportedVersionIs400AndTheResponseNamesTheVersion() {
        Lrs.Client client = Lrs.siteClient();
        client.given(null).get("/xapi/statements").then().statusCode(400).body("message", containsString("Version"));
        client.given("0.95").get("/xapi/statements").then().statusCode(400);
        client.given(V2).get("/xapi/statements?limit=1").then().statusCode(200).header("X-Experience-API-Version", V2);
        client.given("1.0.1").get("/xapi/statements?limit=1").then().statusCode(200)
                .header("X-Experience-API-Version", V1);
    }

    @Test
    void comm_2_1_postStoresAndGetReturnsWithLrsProperties() {
        Lrs.Client client = Lrs.siteClient();
        String mbox = mbox();
        String activity = activity();
        List<String> ids = client.given(V1).contentType("application/json").body(Lrs.statement(mbox, VERB, activity))
                .post("/xapi/statements").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, ids.size());
        client.given(V1).queryParam("statementId", ids.get(0)).get("/xapi/statements").then().statusCode(200)
                .header("X-Experience-API-Consistent-Through", notNullValue()).header("Last-Modified", notNullValue())
                .body("id", equalTo(ids.get(0))).body("stored", notNullValue()).body("timestamp", notNullValue())
                .body("authority.objectType", equalTo("Agent")).body("version", equalTo("1.0.0"));
        client.given(V1).queryParam("agent", "{\"mbox\":\"" + mbox + "\"}").get("/xapi/statements").then()
                .statusCode(200).body("statements", hasSize(1)).body("more", emptyString());
        client.given(V1).queryParam("activity", activity).queryParam("verb", VERB).get("/xapi/statements").then()
                .statusCode(200).body("statements.id", contains(ids.get(0)));
    }

    @Test
    void data_2_2_statementsAreImmutable_sameIdDifferentContentIs409_sameContentIsAccepted() {
        Lrs.Client client = Lrs.siteClient();
        String id = UUID.randomUUID().toString();
        String body = Lrs.statement(mbox(), VERB, activity());
        client.given(V1).contentType("application/json").queryParam("statementId", id).body(body)
                .put("/xapi/statements").then().statusCode(204);
        // The same statement again, with its properties in another order and the id upper-cased: accepted.
        String reordered = "{\"object\":" + body.substring(body.indexOf("\"object\":") + 9, body.length() - 1) + ","
                + body.substring(1, body.indexOf(",\"object\"")) + ",\"id\":\"" + id.toUpperCase() + "\"}";
        client.given(V1).contentType("application/json").queryParam("statementId", id).body(reordered)
                .put("/xapi/statements").then().statusCode(204);
        client.given(V1).contentType("application/json").body("[" + reordered + "]")
                .post("/xapi/statements").then().statusCode(200);
        String different = body.replace(VERB, "http://adlnet.gov/expapi/verbs/completed");
        client.given(V1).contentType("application/json").queryParam("statementId", id).body(different)
                .put("/xapi/statements").then().statusCode(409);
        client.given(V1).contentType("application/json").body("[" + different.replace("{\"actor\"",
                "{\"id\":\"" + id + "\",\"actor\"") + "]").post("/xapi/statements").then().statusCode(409);
    }

    @Test
    void comm_1_5_institutionScopedClientReadsOnlyItsInstitutionsStatements() {
        Lrs.Client school = Lrs.client("test-school", true, true);
        Lrs.Client other = Lrs.client(otherInstitution(), true, true);
        String activity = activity();
        String ours = school.given(V1).contentType("application/json").body(Lrs.statement(mbox(), VERB, activity))
                .post("/xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
        String theirs = other.given(V1).contentType("application/json").body(Lrs.statement(mbox(), VERB, activity))
                .post("/xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
        school.given(V1).queryParam("activity", activity).get("/xapi/statements").then().statusCode(200)
                .body("statements.id", contains(ours));
        other.given(V1).queryParam("activity", activity).get("/xapi/statements").then().statusCode(200)
                .body("statements.id", contains(theirs));
        school.given(V1).queryParam("statementId", theirs).get("/xapi/statements").then().statusCode(404);
        Lrs.siteClient().given(V1).queryParam("activity", activity).get("/xapi/statements").then().statusCode(200)
                .body("statements", hasSize(2));
    }

    @Test
    void launchCredentialsWriteOnlyTheirLearnersStatementsAndReadOnlyThose() {
        TestPerson learner = aPerson().create();
        String activity = activity();
        LaunchScope scope = new LaunchScope("h5p", learner.id(), 1, 1, 1, 1, null, activity);
        XapiAgents agents = Arc.container().instance(XapiAgents.class).get();
        String own = "{\"actor\":" + agents.learner(learner.id(), "Learner") + ",\"verb\":{\"id\":\"" + VERB
                + "\"},\"object\":{\"id\":\"" + activity + "\"}}";
        Lrs.asLaunch(scope, V1).contentType("application/json").body(own).post("/xapi/statements").then().statusCode(200);
        Lrs.asLaunch(scope, V1).contentType("application/json").body(Lrs.statement(mbox(), VERB, activity))
                .post("/xapi/statements").then().statusCode(403);
        // Someone else's statement about the same activity stays out of the launch's reads.
        String foreign = Lrs.siteClient().given(V1).contentType("application/json")
                .body(Lrs.statement(mbox(), VERB, activity)).post("/xapi/statements").then().statusCode(200)
                .extract().jsonPath().getString("[0]");
        Lrs.asLaunch(scope, V1).queryParam("activity", activity).get("/xapi/statements").then().statusCode(200)
                .body("statements", hasSize(1)).body("statements[0].actor.account.name", equalTo(Long.toString(learner.id())));
        Lrs.asLaunch(scope, V1).queryParam("statementId", foreign).get("/xapi/statements").then().statusCode(404);
    }

    @Test
    void cmi5_9_1_0_0_1_anAusStatementWithoutAnIdIsRefusedAndOtherLaunchesGetOneAssigned() {
        TestPerson learner = aPerson().create();
        String activity = activity();
        XapiAgents agents = Arc.container().instance(XapiAgents.class).get();
        String withoutId = "{\"actor\":" + agents.learner(learner.id(), "Learner") + ",\"verb\":{\"id\":\"" + VERB
                + "\"},\"object\":{\"id\":\"" + activity + "\"}}";
        Lrs.asLaunch(new LaunchScope("cmi5", learner.id(), 1, 1, 1, 1, UUID.randomUUID().toString(), activity), V1)
                .contentType("application/json").body(withoutId).post("/xapi/statements").then().statusCode(403)
                .body("message", containsString("9.1.0.0-1"));
        Lrs.asLaunch(new LaunchScope("h5p", learner.id(), 1, 1, 1, 1, null, activity), V1)
                .contentType("application/json").body(withoutId).post("/xapi/statements").then().statusCode(200);
    }

    @Test
    void comm_4_1_atTheContentOriginA401CarriesNoChallengeThatWouldMakeTheLearnersBrowserAskForAPassword() {
        given().header("Host", "content." + app.getHost() + ":" + app.getPort()).header("X-Experience-API-Version", V1)
                .header("Authorization", Lrs.basic("launch", "not-a-token")).get("/xapi/statements").then()
                .statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
        given().header("X-Experience-API-Version", V1).header("Authorization", Lrs.basic("launch", "not-a-token"))
                .get("/xapi/statements").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void disabledClientStopsAtOnceAndReadOnlyClientCannotWrite() {
        Lrs.Client reader = Lrs.client(null, true, false);
        reader.given(V1).contentType("application/json").body(Lrs.statement(mbox(), VERB, activity()))
                .post("/xapi/statements").then().statusCode(403);
        reader.given(V1).get("/xapi/statements?limit=1").then().statusCode(200);
        TestPerson admin = aPerson().withRole(org.surgalt.identity.Role.ADMIN).create();
        Arc.container().instance(org.surgalt.xapi.client.XapiClientService.class).get().disable(
                new org.surgalt.identity.Viewer(admin.id(), admin.email(), "admin", java.util.Locale.ENGLISH, null,
                        java.util.Set.of(org.surgalt.identity.Grant.site(org.surgalt.identity.Role.ADMIN))), reader.id());
        reader.given(V1).get("/xapi/statements?limit=1").then().statusCode(401);
    }

    @Test
    void comm_1_3_alternateRequestSyntaxIn103_refusedIn20() {
        Lrs.Client client = Lrs.siteClient();
        String activity = activity();
        String id = UUID.randomUUID().toString();
        given().contentType("application/x-www-form-urlencoded").queryParam("method", "PUT")
                .formParam("Authorization", client.authorization()).formParam("X-Experience-API-Version", V1)
                .formParam("Content-Type", "application/json").formParam("statementId", id)
                .formParam("content", Lrs.statement(mbox(), VERB, activity))
                .post("/xapi/statements").then().statusCode(204);
        client.given(V1).queryParam("statementId", id).get("/xapi/statements").then().statusCode(200)
                .body("object.id", equalTo(activity));
        given().contentType("application/x-www-form-urlencoded").queryParam("method", "GET")
                .formParam("Authorization", client.authorization()).formParam("X-Experience-API-Version", V2)
                .post("/xapi/statements").then().statusCode(400);
    }

    @Test
    void comm_2_1_3_moreLinksPageThroughWithoutRepeats() {
        Lrs.Client client = Lrs.siteClient();
        String activity = activity();
        for (int i = 0; i < 3; i++) {
            client.given(V1).contentType("application/json").body(Lrs.statement(mbox(), VERB, activity))
                    .post("/xapi/statements").then().statusCode(200);
        }
        String more = client.given(V1).queryParam("activity", activity).queryParam("limit", 2).get("/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(2)).body("more", not(emptyString()))
                .extract().jsonPath().getString("more");
        client.given(V1).urlEncodingEnabled(false).get(more).then().statusCode(200).body("statements", hasSize(1)).body("more", emptyString());
    }

    @Test
    void comm_2_1_3_sinceAndUntilSelectByStoredInEitherOrder() throws Exception {
        Lrs.Client client = Lrs.siteClient();
        String activity = activity();
        String first = client.given(V1).contentType("application/json").body(Lrs.statement(mbox(), VERB, activity))
                .post("/xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
        String stored = client.given(V1).queryParam("statementId", first).get("/xapi/statements").then()
                .extract().jsonPath().getString("stored");
        Thread.sleep(5);
        String second = client.given(V1).contentType("application/json").body(Lrs.statement(mbox(), VERB, activity))
                .post("/xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
        for (String ascending : List.of("true", "false")) {
            client.given(V1).queryParam("activity", activity).queryParam("since", stored).queryParam("ascending", ascending)
                    .get("/xapi/statements").then().statusCode(200).body("statements.id", contains(second));
            client.given(V1).queryParam("activity", activity).queryParam("until", stored).queryParam("ascending", ascending)
                    .get("/xapi/statements").then().statusCode(200).body("statements.id", contains(first));
        }
        client.given(V1).queryParam("activity", activity).queryParam("since", "2999-01-01T00:00:00Z")
                .get("/xapi/statements").then().statusCode(200).body("statements", hasSize(0));
        client.given(V1).queryParam("since", "yesterday").get("/xapi/statements").then().statusCode(400);
    }

    @Test
    void data_2_4_badStatementsAre400WithTheReason() {
        Lrs.Client client = Lrs.siteClient();
        client.given(V1).contentType("application/json").body("{\"actor\":{\"mbox\":\"not-an-email\"},\"verb\":{\"id\":\""
                + VERB + "\"},\"object\":{\"id\":\"" + activity() + "\"}}").post("/xapi/statements").then()
                .statusCode(400).body("message", containsString("actor.mbox"));
        client.given(V1).contentType("application/json").body("{not json").post("/xapi/statements").then().statusCode(400);
        client.given(V1).queryParam("unknown", "x").get("/xapi/statements").then().statusCode(400);
    }

    private static String otherInstitution() {
        String code = "lrs-other-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(code).create();
        return code;
    }
}
