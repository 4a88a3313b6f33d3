package org.surgalt.node;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * POST /api/node/sign-in: the national side checks its own password for a node's person, refuses
 * another school's people alike, throttles as the national sign-in does, and answers who the person
 * is, nothing to sign in with.
 */
@QuarkusTest
class NodeSignInTest {

    @Test
    void aNodeLearnsWhetherItsPersonsPasswordIsRightAndNothingMore() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestPerson teacherA = aPerson().inInstitution("signin-a-" + suffix).withName("Сараа").create();
        TestPerson teacherB = aPerson().inInstitution("signin-b-" + suffix).create();
        Sessions.Session admin = TestNode.admin();
        TestNode nodeA = TestNode.enrolled(admin, "signin-a-" + suffix);
        TestNode nodeB = TestNode.enrolled(admin, "signin-b-" + suffix);

        signIn(nodeA, teacherA.email(), teacherA.password()).then().statusCode(200)
                .body("id", equalTo((int) teacherA.id())).body("name", equalTo("Сараа"))
                .body(not(containsString("password"))).body(not(containsString("argon")));
        // Another school's person, with the right password: refused in the same words as a wrong password.
        String refused = signIn(nodeA, teacherB.email(), teacherB.password()).then().statusCode(403)
                .contentType("application/problem+json").extract().path("detail");
        signIn(nodeA, teacherA.email(), "not the password at all").then().statusCode(403).body("detail", equalTo(refused));
        signIn(nodeA, "nobody-" + suffix + "@school.mn", "whatever it is").then().statusCode(403)
                .body("detail", equalTo(refused));
        signIn(nodeB, teacherB.email(), teacherB.password()).then().statusCode(200).body("id", equalTo((int) teacherB.id()));
        // Unsigned or malformed: the node's credential is checked first, then the body.
        TestNode.post("/api/node/sign-in", body(teacherA.email(), teacherA.password()), "nonsense").then().statusCode(401);
        byte[] junk = "[1, 2]".getBytes(StandardCharsets.UTF_8);
        TestNode.post("/api/node/sign-in", junk, nodeA.sign(nodeA.claims("POST", "/api/node/sign-in", junk).build()))
                .then().statusCode(400);
    }

    @Test
    void guessesThroughANodeArePausedLikeGuessesAtTheNationalSignIn() {
        String school = "signin-t-" + UUID.randomUUID().toString().substring(0, 8);
        TestPerson teacher = aPerson().inInstitution(school).create();
        TestNode node = TestNode.enrolled(TestNode.admin(), school);
        for (int guess = 0; guess < 6; guess++) {
            signIn(node, teacher.email(), "guess number " + guess).then().statusCode(403);
        }
        // Paused: the right password is refused now, through the node and on the national form alike.
        signIn(node, teacher.email(), teacher.password()).then().statusCode(403);
        Sessions.postLogin(Sessions.csrfToken(), teacher.email(), teacher.password()).then().statusCode(302)
                .header("Location", containsString("error"));
    }

    private static Response signIn(TestNode node, String email, String password) {
        byte[] body = body(email, password);
        return TestNode.post("/api/node/sign-in", body, node.sign(node.claims("POST", "/api/node/sign-in", body).build()));
    }

    private static byte[] body(String email, String password) {
        return ("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
