package org.surgalt.xapi.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.surgalt.testsupport.PersonBuilder.aPerson;
import static org.surgalt.xapi.document.DocumentClients.V1;
import static org.surgalt.xapi.document.DocumentClients.V2;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.xapi.LaunchCredentials;
import org.surgalt.xapi.LaunchScope;
import org.surgalt.xapi.XapiAgents;

/**
 * Whose documents a caller reaches ({@link DocumentAccess}): a client of one institution never
 * reads, changes, lists or deletes another institution's; clients read and write only with those
 * rights; content Surgalt launched reaches only its learner's documents and finds there what
 * Surgalt wrote for it (cmi5's LMS.LaunchData), which it cannot change.
 */
@QuarkusTest
class DocumentAccessTest {

    @Inject
    XapiDocuments documents;

    @Inject
    XapiAgents agents;

    @Inject
    LaunchCredentials credentials;

    private static final String STATE = StateResourceTest.PATH;

    @Test
    void oneInstitutionsClientCannotReadChangeListOrDeleteAnothersDocuments() {
        DocumentClients.Client school = DocumentClients.client("docs-school-a", true, true);
        DocumentClients.Client other = DocumentClients.client("docs-school-b", true, true);
        DocumentClients.Client site = DocumentClients.client(null, true, true);
        Map<String, String> state = StateResourceTest.state();
        school.given(V1).queryParams(state).contentType("application/json").body("{\"secret\":\"A's\"}").post(STATE)
                .then().statusCode(204);

        other.given(V1).queryParams(state).get(STATE).then().statusCode(404).body(not(containsString("A's")));
        site.given(V1).queryParams(state).get(STATE).then().statusCode(404);
        Map<String, String> list = new HashMap<>(state);
        list.remove("stateId");
        other.given(V2).queryParams(list).get(STATE).then().statusCode(200).body("$", empty());
        // The same parameters name the other institution's own document, which changes nothing of A's.
        other.given(V2).queryParams(state).header("If-None-Match", "*").contentType("application/json")
                .body("{\"secret\":\"B's\"}").put(STATE).then().statusCode(204);
        other.given(V1).queryParams(list).delete(STATE).then().statusCode(204);
        for (String profile : new String[] {ProfileResourcesTest.ACTIVITY, ProfileResourcesTest.AGENT}) {
            Map<String, String> parameters = ProfileResourcesTest.profile(profile);
            school.given(V1).queryParams(parameters).contentType("application/json").body("{\"secret\":\"A's\"}")
                    .post(profile).then().statusCode(204);
            other.given(V1).queryParams(parameters).get(profile).then().statusCode(404);
            other.given(V1).queryParams(parameters).header("If-Match", "*").delete(profile).then().statusCode(412);
            school.given(V1).queryParams(parameters).get(profile).then().statusCode(200).body("secret", equalTo("A's"));
        }

        school.given(V1).queryParams(state).get(STATE).then().statusCode(200).body("secret", equalTo("A's"));
        school.given(V1).queryParams(list).get(STATE).then().statusCode(200).body("$", contains(state.get("stateId")));
    }

    @Test
    void aClientReadsOnlyWithReadAndWritesOnlyWithWrite() {
        DocumentClients.Client reader = DocumentClients.client("docs-school-a", true, false);
        DocumentClients.Client writer = DocumentClients.client("docs-school-a", false, true);
        Map<String, String> state = StateResourceTest.state();
        reader.given(V1).queryParams(state).contentType("application/json").body("{}").post(STATE).then().statusCode(403);
        reader.given(V1).queryParams(state).delete(STATE).then().statusCode(403);
        writer.given(V1).queryParams(state).contentType("application/json").body("{\"w\":1}").post(STATE).then()
                .statusCode(204);
        writer.given(V1).queryParams(state).get(STATE).then().statusCode(403);
        reader.given(V1).queryParams(state).get(STATE).then().statusCode(200).body("w", equalTo(1));
    }

    @Test
    void withoutCredentialsOrWithWrongOnesNothingIsAnswered() {
        Map<String, String> state = StateResourceTest.state();
        given().header("X-Experience-API-Version", V1).queryParams(state).get(STATE).then().statusCode(401);
        new DocumentClients.Client(org.surgalt.xapi.Lrs.basic("docs-nobody", "wrong")).given(V1).queryParams(state).get(STATE).then()
                .statusCode(401);
    }

    @Test
    void launchedContentReachesItsLearnersStateAndFindsWhatSurgaltWroteForIt() {
        TestPerson learner = aPerson().create();
        TestPerson other = aPerson().create();
        String activity = "https://surgalt.example/cmi5/au/" + UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        String auth = credentials.issue(new LaunchScope("cmi5", learner.id(), 1, 2, 1, 3, registration, activity));
        String agent = agents.learner(learner.id(), "Learner").toString();

        documents.putState(activity, agents.learner(learner.id(), null), registration, "LMS.LaunchData",
                "application/json", "{\"launchMode\":\"Normal\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, String> launchData = Map.of("activityId", activity, "agent", agent, "registration", registration,
                "stateId", "LMS.LaunchData");
        DocumentClients.launched(auth, V1).queryParams(launchData).get(STATE).then().statusCode(200)
                .body("launchMode", equalTo("Normal"));

        DocumentClients.launched(auth, V1).queryParams(launchData).contentType("application/json")
                .body("{\"launchMode\":\"Review\"}").post(STATE).then().statusCode(403);
        DocumentClients.launched(auth, V1).queryParams(launchData).delete(STATE).then().statusCode(403);
        Map<String, String> allStates = new HashMap<>(launchData);
        allStates.remove("stateId");
        DocumentClients.launched(auth, V1).queryParams(allStates).delete(STATE).then().statusCode(403);
        DocumentClients.launched(auth, V1).queryParams(launchData).get(STATE).then().statusCode(200)
                .body("launchMode", equalTo("Normal"));

        Map<String, String> own = new HashMap<>(launchData);
        own.put("stateId", "suspend");
        DocumentClients.launched(auth, V1).queryParams(own).contentType("application/json").body("{\"page\":3}")
                .put(STATE).then().statusCode(204);
        Map<String, String> someoneElses = new HashMap<>(own);
        someoneElses.put("agent", agents.learner(other.id(), null).toString());
        DocumentClients.launched(auth, V1).queryParams(someoneElses).get(STATE).then().statusCode(403);
        DocumentClients.launched(auth, V1).queryParams(someoneElses).contentType("application/json").body("{}")
                .post(STATE).then().statusCode(403);
        Map<String, String> stranger = new HashMap<>(own);
        stranger.put("agent", "{\"mbox\":\"mailto:stranger@example.com\"}");
        DocumentClients.launched(auth, V1).queryParams(stranger).get(STATE).then().statusCode(403);
        DocumentClients.launched(auth, V2).queryParams(Map.of("agent", agent, "profileId", "prefs"))
                .header("If-None-Match", "*").contentType("application/json").body("{\"lang\":\"mn\"}")
                .put(ProfileResourcesTest.AGENT).then().statusCode(204);
        DocumentClients.launched(auth, V2).queryParams(Map.of("agent", someoneElses.get("agent"), "profileId", "prefs"))
                .get(ProfileResourcesTest.AGENT).then().statusCode(403);

        // Activity profiles: read any, write only the launched activity's.
        DocumentClients.launched(auth, V1).queryParams(Map.of("activityId", activity, "profileId", "p"))
                .contentType("application/json").body("{}").post(ProfileResourcesTest.ACTIVITY).then().statusCode(204);
        DocumentClients.launched(auth, V1).queryParams(Map.of("activityId", activity + "/other", "profileId", "p"))
                .contentType("application/json").body("{}").post(ProfileResourcesTest.ACTIVITY).then().statusCode(403);

        // The site's own documents are where site-wide clients find them; institutions' clients do not.
        DocumentClients.client(null, true, false).given(V1).queryParams(own).get(STATE).then().statusCode(200)
                .body("page", equalTo(3));
        DocumentClients.client("docs-school-a", true, false).given(V1).queryParams(own).get(STATE).then()
                .statusCode(404);
    }
}
