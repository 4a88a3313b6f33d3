package org.surgalt.xapi.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.surgalt.xapi.document.DocumentClients.V1;
import static org.surgalt.xapi.document.DocumentClients.V2;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Activity Profile ({@code /xapi/activities/profile}, xAPI 1.0.3 Communication 2.7, 2.0
 * 4.1.6.6) and Agent Profile ({@code /xapi/agents/profile}, 2.6 and 4.1.6.5) resources, each test
 * run on both: the same rules, one keyed by activity, the other by agent.
 */
@QuarkusTest
class ProfileResourcesTest {

    static final String ACTIVITY = "/xapi/activities/profile";
    static final String AGENT = "/xapi/agents/profile";

    private final DocumentClients.Client client = DocumentClients.client(null, true, true);

    static Map<String, String> profile(String path) {
        Map<String, String> parameters = new HashMap<>();
        if (path.equals(ACTIVITY)) {
            parameters.put("activityId", "http://www.example.com/activityId/" + UUID.randomUUID());
        } else {
            parameters.put("agent", "{\"objectType\":\"Agent\",\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.com\"}");
        }
        parameters.put("profileId", UUID.randomUUID().toString());
        return parameters;
    }

    private RequestSpecification as(String version, Map<String, String> parameters) {
        return client.given(version).queryParams(parameters);
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY, AGENT})
    void putWithIfNoneMatchPostGetAndDelete_XAPI_00271_to_00274_00285_to_00293(String path) {
        Map<String, String> profile = profile(path);
        as(V1, profile).header("If-None-Match", "*").contentType("application/json").body("{\"a\":1}").put(path).then()
                .statusCode(204);
        as(V1, profile).get(path).then().statusCode(200).body("a", equalTo(1));
        as(V2, profile).contentType("application/json").body("{\"b\":2}").post(path).then().statusCode(204);
        as(V2, profile).get(path).then().statusCode(200).body("a", equalTo(1)).body("b", equalTo(2));
        as(V2, profile).delete(path).then().statusCode(204);
        as(V2, profile).get(path).then().statusCode(404);
    }

    /**
     * A PUT that says nothing of what it replaces: xAPI 1.0.3's suite wants 400 for a new profile
     * (XAPI-00273, "PUT without an ETag header returns an error code"), xAPI 2.0 answers 428
     * Precondition Required; over an existing profile both versions say 409 (Communication 3.1).
     */
    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY, AGENT})
    void aBarePutIsRefusedAndChangesNothing_XAPI_00273_00322(String path) {
        Map<String, String> profile = profile(path);
        as(V1, profile).contentType("application/json").body("{\"a\":1}").put(path).then().statusCode(400);
        as(V2, profile).contentType("application/json").body("{\"a\":1}").put(path).then().statusCode(428)
                .body("message", not(emptyOrNullString()));
        as(V1, profile).get(path).then().statusCode(404);

        as(V1, profile).contentType("application/json").body("{\"a\":1}").post(path).then().statusCode(204);
        for (String version : new String[] {V1, V2}) {
            as(version, profile).contentType("application/json").body("{\"a\":2}").put(path).then().statusCode(409)
                    .body("message", not(emptyOrNullString()));
        }
        as(V1, profile).get(path).then().statusCode(200).body("a", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY, AGENT})
    void missingOrBadParametersAreBadRequests_XAPI_00255_to_00267_00294_to_00302(String path) {
        String keyParameter = path.equals(ACTIVITY) ? "activityId" : "agent";
        for (String method : new String[] {"PUT", "POST", "GET", "DELETE"}) {
            Map<String, String> profile = profile(path);
            profile.remove(keyParameter);
            as(V1, profile).header("If-None-Match", "*").contentType("application/json").body("{}")
                    .request(method, path).then().statusCode(400);
            profile = profile(path);
            profile.put(keyParameter, path.equals(ACTIVITY) ? "not an IRI" : "true");
            as(V1, profile).header("If-None-Match", "*").contentType("application/json").body("{}")
                    .request(method, path).then().statusCode(400);
        }
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            Map<String, String> profile = profile(path);
            profile.remove("profileId");
            as(V1, profile).header("If-None-Match", "*").contentType("application/json").body("{}")
                    .request(method, path).then().statusCode(400);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY, AGENT})
    void idsAreListedSinceATimestamp_XAPI_00268_00270_00280_00303_00304(String path) throws Exception {
        Map<String, String> first = profile(path);
        Map<String, String> second = new HashMap<>(first);
        second.put("profileId", UUID.randomUUID().toString());
        as(V1, first).contentType("application/json").body("{}").post(path).then().statusCode(204);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        as(V1, second).contentType("application/json").body("{}").post(path).then().statusCode(204);
        Map<String, String> list = new HashMap<>(first);
        list.remove("profileId");
        as(V1, list).get(path).then().statusCode(200).body("$", contains(first.get("profileId"), second.get("profileId")));
        list.put("since", between.toString());
        as(V2, list).get(path).then().statusCode(200).body("$", contains(second.get("profileId")));
        list.put("since", "yesterday");
        as(V1, list).get(path).then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY, AGENT})
    void postMergesOnlyJsonObjects_XAPI_00281_00306_to_00310(String path) {
        Map<String, String> profile = profile(path);
        as(V1, profile).contentType("application/json").body("{\"car\":\"Honda\"}").post(path).then().statusCode(204);
        as(V1, profile).contentType("application/json").body("{\"type\":\"Civic\"}").post(path).then().statusCode(204);
        as(V1, profile).contentType("text/plain").body("abc").post(path).then().statusCode(400);
        as(V1, profile).contentType("application/json").body("{\"broken\":").post(path).then().statusCode(400);
        as(V1, profile).get(path).then().statusCode(200).body("car", equalTo("Honda")).body("type", equalTo("Civic"));
    }
}
