package org.surgalt.xapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Statement rules beyond storing and reading: voiding, attachments, the StatementRef filter rule,
 * the differences of 2.0, and statements written by Surgalt itself through XapiStatements.store.
 */
@QuarkusTest
class StatementRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V1 = "1.0.3";
    private static final String V2 = "2.0.0";
    private static final String VERB = "http://adlnet.gov/expapi/verbs/experienced";
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static String activity() {
        return "http://test.surgalt/activities/" + UUID.randomUUID();
    }

    private static String mbox() {
        return "mailto:" + UUID.randomUUID() + "@test.surgalt";
    }

    private static String post(Lrs.Client client, String body) {
        return client.given(V1).contentType("application/json").body(body).post("/xapi/statements").then()
                .statusCode(200).extract().jsonPath().getString("[0]");
    }

    @Test
    void data_2_3_2_voidedStatementsLeaveQueriesAndAreFoundByVoidedStatementId() {
        Lrs.Client client = Lrs.siteClient();
        String mbox = mbox();
        String activity = activity();
        String target = post(client, Lrs.statement(mbox, VERB, activity));
        String voiding = post(client, "{\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\"" + VOIDED
                + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}");
        client.given(V1).queryParam("statementId", target).get("/xapi/statements").then().statusCode(404);
        client.given(V1).queryParam("voidedStatementId", target).get("/xapi/statements").then().statusCode(200)
                .body("id", equalTo(target));
        // The voiding statement targets a statement about the activity, so the activity filter finds it
        // (Communication 2.1.3, filter conditions for StatementRefs); the voided one is gone.
        client.given(V1).queryParam("activity", activity).get("/xapi/statements").then().statusCode(200)
                .body("statements.id", contains(voiding));
        // A voiding statement cannot be voided (Data 2.3.2).
        client.given(V1).contentType("application/json").body("{\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\""
                + VOIDED + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + voiding + "\"}}")
                .post("/xapi/statements").then().statusCode(400);
        // Voiding needs a StatementRef.
        client.given(V1).contentType("application/json").body(Lrs.statement(mbox, VOIDED, activity))
                .post("/xapi/statements").then().statusCode(400).body("message", containsString("StatementRef"));
    }

    @Test
    void data_2_4_11_attachmentsArriveInMultipartWithTheirHashAndReturnWithAttachmentsTrue() throws Exception {
        Lrs.Client client = Lrs.siteClient();
        byte[] content = ("certificate " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        String id = UUID.randomUUID().toString();
        String statement = "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"" + mbox() + "\"},\"verb\":{\"id\":\"" + VERB
                + "\"},\"object\":{\"id\":\"" + activity() + "\"},\"attachments\":[{\"usageType\":"
                + "\"http://test.surgalt/usage/certificate\",\"display\":{\"en-US\":\"Certificate\"},\"contentType\":"
                + "\"text/plain\",\"length\":" + content.length + ",\"sha2\":\"" + sha2 + "\"}]}";
        // Without its data: refused.
        client.given(V1).contentType("application/json").body(statement).post("/xapi/statements").then().statusCode(400);
        // With data whose hash is not the one named: refused.
        client.given(V1).contentType("multipart/mixed; boundary=b0undary").body(multipart(statement, sha2,
                "tampered".getBytes(StandardCharsets.UTF_8))).post("/xapi/statements").then().statusCode(400)
                .body("message", containsString("SHA-2"));
        client.given(V1).contentType("multipart/mixed; boundary=b0undary").body(multipart(statement, sha2, content))
                .post("/xapi/statements").then().statusCode(200);
        String body = client.given(V1).queryParam("statementId", id).queryParam("attachments", "true")
                .get("/xapi/statements").then().statusCode(200).contentType(containsString("multipart/mixed"))
                .extract().asString();
        assertTrue(body.contains("X-Experience-API-Hash: " + sha2), body);
        assertTrue(body.contains(new String(content, StandardCharsets.UTF_8)), body);
    }

    private static byte[] multipart(String statement, String sha2, byte[] content) {
        String head = "--b0undary\r\nContent-Type: application/json\r\n\r\n" + statement + "\r\n--b0undary\r\n"
                + "Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2
                + "\r\n\r\n";
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] b = "\r\n--b0undary--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + content.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(content, 0, all, a.length, content.length);
        System.arraycopy(b, 0, all, a.length + content.length, b.length);
        return all;
    }

    @Test
    void ieee_9274_contextAgentsAreStatementsOf20Only() {
        Lrs.Client client = Lrs.siteClient();
        String withContextAgents = "{\"actor\":{\"mbox\":\"" + mbox() + "\"},\"verb\":{\"id\":\"" + VERB + "\"},"
                + "\"object\":{\"id\":\"" + activity() + "\"},\"context\":{\"contextAgents\":[{\"objectType\":"
                + "\"contextAgent\",\"agent\":{\"mbox\":\"" + mbox() + "\"},\"relevantTypes\":[\"http://test.surgalt/"
                + "types/mentor\"]}]}}";
        client.given(V1).contentType("application/json").body(withContextAgents).post("/xapi/statements").then()
                .statusCode(400);
        client.given(V2).contentType("application/json").body(withContextAgents).post("/xapi/statements").then()
                .statusCode(200);
        client.given(V2).contentType("application/json").body(withContextAgents.replace("\"relevantTypes\":[\"http://"
                + "test.surgalt/types/mentor\"]", "\"relevantTypes\":[]")).post("/xapi/statements").then().statusCode(400);
    }

    @Test
    void comm_2_1_3_relatedAgentsFindsTheInstructor() {
        Lrs.Client client = Lrs.siteClient();
        String instructor = mbox();
        String id = post(client, "{\"actor\":{\"mbox\":\"" + mbox() + "\"},\"verb\":{\"id\":\"" + VERB + "\"},"
                + "\"object\":{\"id\":\"" + activity() + "\"},\"context\":{\"instructor\":{\"mbox\":\"" + instructor
                + "\"}}}");
        client.given(V1).queryParam("agent", "{\"mbox\":\"" + instructor + "\"}").get("/xapi/statements").then()
                .statusCode(200).body("statements", hasSize(0));
        client.given(V1).queryParam("agent", "{\"mbox\":\"" + instructor + "\"}").queryParam("related_agents", "true")
                .get("/xapi/statements").then().statusCode(200).body("statements.id", contains(id));
    }

    @Test
    void surgaltsOwnStatementsAreValidatedStoredAndRefusedByObserversInOneTransaction() throws Exception {
        XapiStatements statements = Arc.container().instance(XapiStatements.class).get();
        String activity = activity();
        ObjectNode good = (ObjectNode) JSON.readTree(Lrs.statement(mbox(), VERB, activity));
        List<UUID> ids = statements.store(statements.lms(), List.of(good));
        assertEquals(1, ids.size());
        ObjectNode bad = (ObjectNode) JSON.readTree(Lrs.statement("not-a-mailbox", VERB, activity));
        XapiRejected invalid = assertThrows(XapiRejected.class, () -> statements.store(statements.lms(), List.of(bad)));
        assertEquals(400, invalid.status());
        // An observer's refusal undoes the whole request: the good statement sent with it is not stored.
        ObjectNode another = (ObjectNode) JSON.readTree(Lrs.statement(mbox(), VERB, activity));
        ObjectNode refused = (ObjectNode) JSON.readTree(Lrs.statement(mbox(), RefusingObserver.VERB, activity));
        XapiRejected observer = assertThrows(XapiRejected.class,
                () -> statements.store(statements.lms(), List.of(another, refused)));
        assertEquals(403, observer.status());
        Lrs.siteClient().given(V1).queryParam("activity", activity).get("/xapi/statements").then().statusCode(200)
                .body("statements.id", contains(ids.get(0).toString()));
        given().get("/xapi/about").then().statusCode(200);
    }
}
