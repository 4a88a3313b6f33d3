package org.surgalt.xapi;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Activities, Agents and the formats of GET statements (xAPI 1.0.3 Communication 2.1.3, 2.5, 2.6). */
@QuarkusTest
class XapiResourcesTest {

    private static final String V1 = "1.0.3";
    private static final String VERB = "http://adlnet.gov/expapi/verbs/experienced";

    @Test
    void comm_2_5_activitiesReturnTheDefinitionsOfEveryStatementMerged() {
        Lrs.Client client = Lrs.siteClient();
        String activity = "http://test.surgalt/activities/" + UUID.randomUUID();
        String english = "{\"actor\":{\"mbox\":\"mailto:a@test.surgalt\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{"
                + "\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"en-US\":\"Lesson\"}}}}";
        client.given(V1).contentType("application/json").body(english).post("/xapi/statements").then().statusCode(200);
        client.given(V1).contentType("application/json").body(english.replace("\"en-US\":\"Lesson\"", "\"mn\":\"Хичээл\""))
                .post("/xapi/statements").then().statusCode(200);
        client.given(V1).queryParam("activityId", activity).get("/xapi/activities").then().statusCode(200)
                .body("id", equalTo(activity)).body("definition.name.en-US", equalTo("Lesson"))
                .body("definition.name.mn", equalTo("Хичээл"));
        client.given(V1).get("/xapi/activities").then().statusCode(400);
    }

    @Test
    void comm_2_6_agentsReturnAPerson() {
        Lrs.Client client = Lrs.siteClient();
        client.given(V1).queryParam("agent", "{\"mbox\":\"mailto:p@test.surgalt\",\"name\":\"P\"}").get("/xapi/agents")
                .then().statusCode(200).body("objectType", equalTo("Person"))
                .body("mbox", hasItem("mailto:p@test.surgalt")).body("name", hasItem("P"));
        client.given(V1).queryParam("agent", "{\"mbox\":\"not-mail\"}").get("/xapi/agents").then().statusCode(400);
    }

    @Test
    void comm_2_1_3_formatsIdsAndCanonical() {
        Lrs.Client client = Lrs.siteClient();
        String id = UUID.randomUUID().toString();
        client.given(V1).contentType("application/json").queryParam("statementId", id).body("{\"actor\":{\"name\":\"A\","
                + "\"mbox\":\"mailto:f@test.surgalt\"},\"verb\":{\"id\":\"" + VERB + "\",\"display\":{\"en-US\":\"did\","
                + "\"mn\":\"хийсэн\"}},\"object\":{\"id\":\"http://test.surgalt/a/" + id + "\",\"definition\":{\"name\":"
                + "{\"en-US\":\"Lesson\",\"mn\":\"Хичээл\"}}}}").put("/xapi/statements").then().statusCode(204);
        client.given(V1).queryParam("statementId", id).queryParam("format", "ids").get("/xapi/statements").then()
                .statusCode(200).body("actor.name", nullValue()).body("verb.display", nullValue())
                .body("object.definition", nullValue()).body("actor.mbox", equalTo("mailto:f@test.surgalt"));
        client.given(V1).header("Accept-Language", "mn").queryParam("statementId", id).queryParam("format", "canonical")
                .get("/xapi/statements").then().statusCode(200).body("verb.display.mn", equalTo("хийсэн"))
                .body("verb.display.en-US", nullValue()).body("object.definition.name.mn", equalTo("Хичээл"));
        client.given(V1).queryParam("statementId", id).queryParam("format", "other").get("/xapi/statements").then()
                .statusCode(400);
    }
}
