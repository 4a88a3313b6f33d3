package org.surgalt.node;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.FileCourses;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Content down, the national side (§6): a node reads the catalog of its school's courses, a version's
 * content and the files it uses, by ranges; another school's course and file are refused.
 */
@QuarkusTest
class NodeCatalogTest {

    @Test
    void aNodeReadsItsSchoolsCoursesVersionsAndFilesByRangeAndNoneOfAnotherSchools() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String schoolA = "cat-a-" + suffix;
        String schoolB = "cat-b-" + suffix;
        TestPerson teacherA = aPerson().inInstitution(schoolA).create();
        TestPerson teacherB = aPerson().inInstitution(schoolB).create();
        byte[] planA = ("Lesson plan of school A " + suffix + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] planB = ("Lesson plan of school B " + suffix + "\n").getBytes(StandardCharsets.UTF_8);
        FileCourses.Source courseA = FileCourses.published(planA);
        FileCourses.Source courseB = FileCourses.published(planB);
        CohortBuilder.aCohort().create().withCourse(courseA.courseId()).join(teacherA, Instant.now());
        CohortBuilder.aCohort().create().withCourse(courseB.courseId()).join(teacherB, Instant.now());
        Sessions.Session admin = TestNode.admin();
        TestNode nodeA = TestNode.enrolled(admin, schoolA);
        TestNode nodeB = TestNode.enrolled(admin, schoolB);
        String shaA = sha256(planA);
        String shaB = sha256(planB);

        get(nodeA, "/api/node/catalog").then().statusCode(200)
                .body("code", contains(courseA.code()))
                .body("[0].courseId", equalTo((int) courseA.courseId()))
                .body("[0].version", equalTo(1))
                .body("[0].fingerprint", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("[0].files.sha256", contains(shaA))
                .body("[0].files[0].size", equalTo(planA.length));
        get(nodeB, "/api/node/catalog").then().statusCode(200).body("code", contains(courseB.code()))
                .body("code", not(hasItem(courseA.code())));

        JsonPath version = get(nodeA, "/api/node/courses/" + courseA.code() + "/versions/1").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(courseA.code(), version.getString("content.code"));
        assertEquals(courseA.pageId(), version.getLong("content.modules[0].items[0].id"), "national ids travel");
        assertEquals(shaA, version.getString("content.modules[0].items[1].file.sha256"));
        get(nodeA, "/api/node/courses/" + courseB.code() + "/versions/1").then().statusCode(403)
                .contentType("application/problem+json");
        get(nodeA, "/api/node/courses/" + courseA.code() + "/versions/2").then().statusCode(404);
        get(nodeA, "/api/node/courses/no-such-course-" + suffix + "/versions/1").then().statusCode(404);

        Response head = get(nodeA, "/api/node/files/" + shaA, "bytes=0-4");
        head.then().statusCode(206).header("Content-Range", "bytes 0-4/" + planA.length);
        Response rest = get(nodeA, "/api/node/files/" + shaA, "bytes=5-");
        rest.then().statusCode(206).header("Content-Range", "bytes 5-" + (planA.length - 1) + "/" + planA.length);
        byte[] joined = new byte[planA.length];
        System.arraycopy(head.asByteArray(), 0, joined, 0, 5);
        System.arraycopy(rest.asByteArray(), 0, joined, 5, planA.length - 5);
        assertArrayEquals(planA, joined);
        assertArrayEquals(Arrays.copyOf(planA, planA.length), get(nodeA, "/api/node/files/" + shaA).then()
                .statusCode(200).extract().asByteArray());
        get(nodeA, "/api/node/files/" + shaB).then().statusCode(403).contentType("application/problem+json");
        get(nodeA, "/api/node/files/" + "0".repeat(64)).then().statusCode(404);
        get(nodeB, "/api/node/files/" + shaB, "bytes=0-0").then().statusCode(206);

        RestAssured.given().get("/api/node/catalog").then().statusCode(401);
    }

    private static Response get(TestNode node, String path) {
        return get(node, path, null);
    }

    private static Response get(TestNode node, String path, String range) {
        String jws = node.sign(node.claims("GET", path, new byte[0]).build());
        var request = RestAssured.given().header("Authorization", "Node " + jws);
        return (range == null ? request : request.header("Range", range)).get(path);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
