package org.surgalt.xapi.document;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.surgalt.xapi.document.DocumentClients.V1;
import static org.surgalt.xapi.document.DocumentClients.V2;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ETag concurrency on all three document resources (xAPI 1.0.3 Communication 3.1, 2.0 4.1.4;
 * XAPI-00322): the ETag is the content's SHA-1 in quotes; If-Match and If-None-Match guard PUT,
 * POST and DELETE with 412; a bare PUT over an existing document is 409 where the version says so.
 */
@QuarkusTest
class DocumentConcurrencyTest {

    private static final String WRONG = "\"1111111111111111111111111111111111111111\"";

    private final DocumentClients.Client client = DocumentClients.client(null, true, true);

    private static Map<String, String> parameters(String path) {
        return path.equals(StateResourceTest.PATH) ? StateResourceTest.state() : ProfileResourcesTest.profile(path);
    }

    private RequestSpecification as(String version, Map<String, String> parameters) {
        return client.given(version).queryParams(parameters);
    }

    private String etag(String path, Map<String, String> parameters) {
        return as(V2, parameters).get(path).then().statusCode(200).header("ETag", matchesPattern("\"[0-9a-f]{40}\""))
                .extract().header("ETag");
    }

    @ParameterizedTest
    @CsvSource({"/xapi/activities/state", "/xapi/activities/profile", "/xapi/agents/profile"})
    void ifMatchGuardsPutPostAndDelete(String path) {
        Map<String, String> doc = parameters(path);
        as(V2, doc).contentType("application/json").body("{\"name\":\"first\"}").post(path).then().statusCode(204);
        String first = etag(path, doc);

        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            as(V2, doc).header("If-Match", WRONG).contentType("application/json").body("{\"name\":\"wrong\"}")
                    .request(method, path).then().statusCode(412);
        }
        as(V2, doc).get(path).then().statusCode(200).header("ETag", first).body("name", equalTo("first"));

        as(V1, doc).header("If-Match", first).contentType("application/json").body("{\"name\":\"second\"}").put(path)
                .then().statusCode(204);
        String second = etag(path, doc);
        as(V2, doc).header("If-Match", first).contentType("application/json").body("{\"name\":\"stale\"}").post(path)
                .then().statusCode(412);
        as(V2, doc).header("If-Match", second).contentType("application/json").body("{\"more\":1}").post(path)
                .then().statusCode(204);
        as(V2, doc).get(path).then().body("name", equalTo("second")).body("more", equalTo(1));
        as(V2, doc).header("If-Match", etag(path, doc)).delete(path).then().statusCode(204);
        as(V2, doc).get(path).then().statusCode(404);
        as(V2, doc).header("If-Match", "*").contentType("application/json").body("{}").put(path).then().statusCode(412);
    }

    @ParameterizedTest
    @CsvSource({"/xapi/activities/state", "/xapi/activities/profile", "/xapi/agents/profile"})
    void ifNoneMatchStarCreatesOnlyWhatIsNew(String path) {
        Map<String, String> doc = parameters(path);
        as(V1, doc).header("If-None-Match", "*").contentType("application/json").body("{\"v\":1}").put(path).then()
                .statusCode(204);
        as(V1, doc).header("If-None-Match", "*").contentType("application/json").body("{\"v\":2}").put(path).then()
                .statusCode(412);
        as(V1, doc).get(path).then().body("v", equalTo(1));
    }

    /** 1.0.3 lets a State PUT overwrite without headers (Communication 3.1); 2.0 asks for If-Match (4.1.4). */
    @Test
    void aBareStatePutOverwritesIn103AndIsAConflictIn20() {
        Map<String, String> state = StateResourceTest.state();
        String path = StateResourceTest.PATH;
        as(V2, state).contentType("application/json").body("{\"v\":1}").put(path).then().statusCode(204);
        as(V1, state).contentType("application/json").body("{\"v\":2}").put(path).then().statusCode(204);
        as(V2, state).contentType("application/json").body("{\"v\":3}").put(path).then().statusCode(409);
        as(V2, state).get(path).then().body("v", equalTo(2));
        as(V2, state).delete(path).then().statusCode(204);
    }
}
