package org.surgalt.node.client.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Signing in on a node (one instance plays both sides): a national person without a verifier here is
 * checked through the link; with the link down the page says the first sign-in needs it or the IT
 * teacher; the node's site admin sets a node password, and with it the person signs in offline.
 */
@QuarkusTest
@TestProfile(NodePeopleMode.class)
class NodeSignInOnNodeTest {

    private static final String HINT = "surgalt-first-sign-in";

    @Test
    void aFirstSignInNeedsTheLinkOrTheItTeacherAndLaterOnesWorkOffline() {
        CohortBuilder.sql("DELETE FROM node_identity");
        String school = "np-signin-" + UUID.randomUUID().toString().substring(0, 8);
        Sessions.Session itTeacher = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        TestPerson teacher = aPerson().inInstitution(school).create();
        String code = itTeacher.given().contentType(ContentType.JSON)
                .body(Map.of("name", "Lab " + UUID.randomUUID(), "institution", school))
                .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
        itTeacher.form().formParam("code", code).post("/node/setup").then().statusCode(303);
        // A person the people step brought down: linked to their national row, no verifier on the node yet.
        CohortBuilder.sql("DELETE FROM local_credential WHERE user_id = ?1", teacher.id());
        CohortBuilder.sql("INSERT INTO node_link (kind, local_id, national_id) VALUES ('USER', ?1, ?1)", teacher.id());

        // Link up, and the national server refuses (its row has no password either): a plain failure.
        Response refused = Sessions.postLogin(Sessions.csrfToken(), teacher.email(), teacher.password());
        refused.then().statusCode(302).header("Location", containsString("error"));
        assertNull(refused.getCookie(HINT));
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM local_credential WHERE user_id = ?1", teacher.id()));

        // Link down: the sign-in page says why, in the reader's language.
        CohortBuilder.sql("UPDATE node_identity SET national_url = ?1", "http://localhost:" + NodePeopleMode.freePort() + "/");
        Response cut = Sessions.postLogin(Sessions.csrfToken(), teacher.email(), teacher.password());
        cut.then().statusCode(302).header("Location", containsString("error"));
        assertNotNull(cut.getCookie(HINT));
        Response said = RestAssured.given().cookie(HINT, cut.getCookie(HINT)).cookie("lang", "en").get("/login?error=1");
        said.then().statusCode(200).body(containsString("first sign-in on this school computer"))
                .body(not(containsString("Sign-in failed. Check your email")));
        // Said once: the page forgets the hint, so a later failure is not taken for a dead link.
        assertEquals("", said.getCookie(HINT));
        RestAssured.given().cookie(HINT, cut.getCookie(HINT)).cookie("lang", "mn").get("/login?error=1").then()
                .statusCode(200).body(containsString("анх удаа нэвтэрч байна"));

        // The IT teacher sets a node password: a short one is refused with the email kept, then a good one.
        itTeacher.form().cookie("lang", "en").formParam("email", teacher.email()).formParam("password", "short")
                .post("/node/people/password").then().statusCode(400)
                .body(containsString("value=\"" + teacher.email() + "\"")).body(containsString("at least 10"));
        itTeacher.form().formParam("email", teacher.email()).formParam("password", "lab computer 2026")
                .post("/node/people/password").then().statusCode(303);
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM audit_event WHERE action = 'node_person.password' "
                + "AND target_user_id = ?1", teacher.id()));
        // Offline (the link is still down), the verifier on the node signs them in.
        Sessions.postLogin(Sessions.csrfToken(), teacher.email(), "lab computer 2026").then().statusCode(302)
                .header("Location", not(containsString("error")));
        // A learner cannot reach the form (on the national server it does not exist: the matrix says so).
        Sessions.as(aPerson().create()).given().get("/node/people/password").then().statusCode(403);
    }
}
