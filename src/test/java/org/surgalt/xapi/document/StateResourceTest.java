package org.surgalt.xapi.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.xapi.document.DocumentClients.V1;
import static org.surgalt.xapi.document.DocumentClients.V2;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The State resource ({@code /xapi/activities/state}) as xAPI 1.0.3 (Communication 2.2, 2.3) and
 * 2.0 (4.1.6.2) require it; the test names carry the requirement ids of ADL's conformance suite.
 */
@QuarkusTest
class StateResourceTest {

    static final String PATH = "/xapi/activities/state";
    static final String AGENT = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://www.example.com/agentId/1\","
            + "\"name\":\"Rick James\"}}";

    private final DocumentClients.Client client = DocumentClients.client(null, true, true);

    static Map<String, String> state() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("activityId", "http://www.example.com/activityId/" + UUID.randomUUID());
        parameters.put("agent", AGENT);
        parameters.put("stateId", UUID.randomUUID().toString());
        return parameters;
    }

    private RequestSpecification as(String version, Map<String, String> parameters) {
        return client.given(version).queryParams(parameters);
    }

    @ParameterizedTest
    @ValueSource(strings = {V1, V2})
    void putPostGetAndDeleteADocument_XAPI_00187_00188_00189_00190_00192_00191(String version) {
        Map<String, String> state = state();
        as(version, state).contentType("application/json").body("{\"car\":\"MKX\"}").put(PATH).then().statusCode(204);
        as(version, state).get(PATH).then().statusCode(200).contentType("application/json").body("car", equalTo("MKX"))
                .header("ETag", matchesPattern("\"[0-9a-f]{40}\"")).header("Last-Modified", notNullValue());
        as(version, state).delete(PATH).then().statusCode(204);
        as(version, state).get(PATH).then().statusCode(404);
        as(version, state).contentType("application/json").body("{\"car\":\"MKZ\"}").post(PATH).then().statusCode(204);
        as(version, state).get(PATH).then().statusCode(200).body("car", equalTo("MKZ"));
    }

    @Test
    void aDocumentKeepsItsBytesAndContentType() {
        Map<String, String> state = state();
        byte[] bytes = {0, 1, 2, (byte) 0xff, 'x'};
        as(V1, state).contentType("application/octet-stream").body(bytes).put(PATH).then().statusCode(204);
        byte[] back = as(V1, state).get(PATH).then().statusCode(200).contentType("application/octet-stream")
                .extract().asByteArray();
        assertTrue(java.util.Arrays.equals(bytes, back));
    }

    @Test
    void headAnswersAsGetWithoutTheBody_XAPI_00125() {
        Map<String, String> state = state();
        as(V1, state).contentType("application/json").body("{\"a\":1}").post(PATH).then().statusCode(204);
        as(V1, state).head(PATH).then().statusCode(200).header("ETag", notNullValue()).body(emptyOrNullString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"activityId", "agent", "stateId"})
    void aWriteWithoutARequiredParameterIsABadRequest_XAPI_00206_to_00215(String missing) {
        for (String method : new String[] {"PUT", "POST"}) {
            Map<String, String> state = state();
            state.remove(missing);
            as(V1, state).contentType("application/json").body("{}").request(method, PATH).then().statusCode(400);
        }
        if (!missing.equals("stateId")) {
            Map<String, String> state = state();
            state.remove(missing);
            as(V2, state).get(PATH).then().statusCode(400);
            as(V2, state).delete(PATH).then().statusCode(400);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not JSON", "true", "{\"mbox\":\"mailto:a@example.com\",\"openid\":\"http://a.example\"}"})
    void anAgentThatIsNotOneAgentIsABadRequest_XAPI_00196_to_00199(String agent) {
        Map<String, String> state = state();
        state.put("agent", agent);
        for (String method : new String[] {"PUT", "POST", "GET", "DELETE"}) {
            as(V1, state).contentType("application/json").body("{}").request(method, PATH).then().statusCode(400);
        }
    }

    @Test
    void aBrokenlyEncodedAgentIsABadRequest_XAPI_00235() {
        Map<String, String> state = state();
        state.remove("agent");
        String broken = java.net.URLEncoder.encode(AGENT, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("%3A", "%22");
        client.given(V1).urlEncodingEnabled(false).contentType("application/json").body("{\"a\":1}")
                .post(PATH + "?activityId=" + state.get("activityId") + "&stateId=" + state.get("stateId")
                        + "&agent=" + broken).then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {V1, V2})
    void registrationsKeepTheirOwnDocumentsAndMustBeUuids_XAPI_00200_to_00203_00218_00219_00220_00227(String version) {
        Map<String, String> state = state();
        String registration = UUID.randomUUID().toString();
        Map<String, String> registered = new HashMap<>(state);
        registered.put("registration", registration);
        as(version, registered).contentType("application/json").body("{\"r\":1}").post(PATH).then().statusCode(204);
        as(version, registered).get(PATH).then().statusCode(200).body("r", equalTo(1));
        as(version, state).get(PATH).then().statusCode(404);
        registered.put("registration", "true");
        for (String method : new String[] {"PUT", "POST", "GET", "DELETE"}) {
            as(version, registered).contentType("application/json").body("{}").request(method, PATH).then()
                    .statusCode(400);
        }
        registered.put("registration", registration);
        as(version, registered).delete(PATH).then().statusCode(204);
        as(version, registered).get(PATH).then().statusCode(404);
    }

    @Test
    void idsAreListedSinceATimestamp_XAPI_00193_00195_00204_00221() throws Exception {
        Map<String, String> first = state();
        Map<String, String> second = new HashMap<>(first);
        second.put("stateId", UUID.randomUUID().toString());
        as(V1, first).contentType("application/json").body("{}").post(PATH).then().statusCode(204);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        as(V1, second).contentType("application/json").body("{}").post(PATH).then().statusCode(204);

        Map<String, String> list = new HashMap<>(first);
        list.remove("stateId");
        as(V1, list).get(PATH).then().statusCode(200).contentType("application/json")
                .body("$", contains(first.get("stateId"), second.get("stateId")));
        list.put("since", between.toString());
        as(V2, list).get(PATH).then().statusCode(200).body("$", contains(second.get("stateId")));
        list.put("since", "not a timestamp");
        as(V2, list).get(PATH).then().statusCode(400);
    }

    @Test
    void aDeleteWithoutStateIdRemovesEveryStateOfTheActivityAndAgent_XAPI_00194() {
        Map<String, String> one = state();
        Map<String, String> two = new HashMap<>(one);
        two.put("stateId", "two");
        two.put("registration", UUID.randomUUID().toString());
        Map<String, String> otherActivity = state();
        for (Map<String, String> state : java.util.List.of(one, two, otherActivity)) {
            as(V1, state).contentType("application/json").body("{}").post(PATH).then().statusCode(204);
        }
        Map<String, String> all = new HashMap<>(one);
        all.remove("stateId");
        as(V1, all).delete(PATH).then().statusCode(204);
        as(V1, all).get(PATH).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        as(V1, otherActivity).get(PATH).then().statusCode(200);
    }

    @Test
    void postMergesTopLevelPropertiesOfJsonObjects_XAPI_00183_00184_00233_00234() {
        Map<String, String> state = state();
        as(V1, state).contentType("application/json").body("{\"car\":{\"make\":\"Ford\",\"model\":\"Escape\"},"
                + "\"driver\":\"Dale\",\"kept\":true}").post(PATH).then().statusCode(204);
        as(V1, state).contentType("application/json").body("{\"car\":{\"make\":\"Dodge\"},\"driver\":\"Jeff\"}")
                .post(PATH).then().statusCode(204);
        as(V1, state).get(PATH).then().statusCode(200).body("car.make", equalTo("Dodge"))
                .body("car.model", equalTo(null)).body("driver", equalTo("Jeff")).body("kept", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {V1, V2})
    void postIsRefusedAndChangesNothingUnlessBothAreJsonObjects_XAPI_00229_00232(String version) {
        Map<String, String> json = state();
        as(version, json).contentType("application/json").body("{\"a\":1}").post(PATH).then().statusCode(204);
        String etag = as(version, json).get(PATH).then().extract().header("ETag");
        as(version, json).contentType("not/json").body("abcdefg".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(PATH).then().statusCode(400)
                .body("message", not(emptyOrNullString()));
        as(version, json).contentType("application/json").body("{\"a\":2}{").post(PATH).then().statusCode(400);
        as(version, json).contentType("application/json").body("[1,2]").post(PATH).then().statusCode(400);
        as(version, json).get(PATH).then().statusCode(200).header("ETag", etag).body("a", equalTo(1));

        Map<String, String> binary = state();
        as(version, binary).contentType("application/octet-stream").body("/ asdf / undefined".getBytes(java.nio.charset.StandardCharsets.UTF_8)).put(PATH).then()
                .statusCode(204);
        as(version, binary).contentType("application/json").body("{\"a\":1}").post(PATH).then().statusCode(400);
        assertEquals("/ asdf / undefined", as(version, binary).get(PATH).then().statusCode(200).extract().asString());
    }

    @Test
    void lastModifiedMovesWhenTheDocumentChanges_xapi2_4_1_6_2() throws Exception {
        Map<String, String> state = state();
        as(V2, state).contentType("application/json").body("{\"a\":1}").post(PATH).then().statusCode(204);
        String before = as(V2, state).get(PATH).then().extract().header("Last-Modified");
        Thread.sleep(1100);
        as(V2, state).contentType("application/json").body("{\"a\":2}").post(PATH).then().statusCode(204);
        String after = as(V2, state).get(PATH).then().extract().header("Last-Modified");
        assertTrue(ZonedDateTime.parse(after, DateTimeFormatter.RFC_1123_DATE_TIME)
                .isAfter(ZonedDateTime.parse(before, DateTimeFormatter.RFC_1123_DATE_TIME)), before + " then " + after);
    }

    /** xAPI 1.0.3 Communication 1.3: a browser's form POST that stands for a PUT, GET or DELETE. */
    @Test
    void theAlternateRequestSyntaxReachesTheDocuments_XAPI_00336() {
        Map<String, String> state = state();
        RequestSpecification form = DocumentClients.plain().queryParam("method", "PUT")
                .contentType("application/x-www-form-urlencoded").formParams(state)
                .formParam("Authorization", client.authorization()).formParam("X-Experience-API-Version", V1)
                .formParam("Content-Type", "application/json").formParam("content", "{\"from\":\"a form\"}");
        form.post(PATH).then().statusCode(204);
        as(V1, state).get(PATH).then().statusCode(200).body("from", equalTo("a form"));
        DocumentClients.plain().queryParam("method", "DELETE").contentType("application/x-www-form-urlencoded")
                .formParams(state).formParam("Authorization", client.authorization())
                .formParam("X-Experience-API-Version", V1).post(PATH).then().statusCode(204);
        as(V1, state).get(PATH).then().statusCode(404);
    }

    @Test
    void anEmptyListForAnAgentWithNoStates() {
        Map<String, String> list = state();
        list.remove("stateId");
        as(V1, list).get(PATH).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }
}
