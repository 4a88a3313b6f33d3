package org.surgalt.node.client.down;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.node.client.NodeClientTest;
import org.surgalt.node.client.NodeIdentity;
import org.surgalt.node.client.NodeSync;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.FileCourses;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;

/**
 * Content down on a node, in one instance that is its own national server (node mode, as
 * NodeClientTest): a sync round takes the catalog's versions once, and a file's download resumes
 * from the partial file's last byte, is checked by its SHA-256, and leaves no partial file behind.
 */
@QuarkusTest
@TestProfile(NodeClientTest.NodeMode.class)
class ContentStepTest {

    private byte[] plan;
    private String courseCode;
    private FileCourses.Source course;
    private String sha;

    @BeforeEach
    void enrolledNodeOfASchoolWhoseCohortUsesACourseWithAFile() throws Exception {
        CohortBuilder.sql("DELETE FROM node_identity");
        String school = "down-" + UUID.randomUUID().toString().substring(0, 8);
        TestPerson teacher = aPerson().inInstitution(school).create();
        plan = ("A lesson plan long enough to be fetched in parts " + school + "\n").repeat(20)
                .getBytes(StandardCharsets.UTF_8);
        sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plan));
        course = FileCourses.published(plan);
        courseCode = course.code();
        CohortBuilder.aCohort().create().withCourse(course.courseId()).join(teacher, Instant.now());
        NodeClientTest.NodeMode.enrolFor(school);
    }

    @Test
    void aRoundTakesTheCatalogsVersionOnceAndFetchesNoFileTheNodeHas() {
        NodeSync sync = Arc.container().instance(NodeSync.class).get();
        String first = sync.runNow().orElseThrow().lines().stream().filter(line -> line.startsWith("content: "))
                .findFirst().orElseThrow();
        assertEquals("content: 1 courses, 1 versions taken, 0 bytes fetched", first);
        // Here the node is its own national server: the course is there by its code, with the same content.
        assertEquals("SKIPPED", single("SELECT outcome FROM node_course_copy WHERE code = '" + courseCode + "'"));
        String second = sync.runNow().orElseThrow().lines().stream().filter(line -> line.startsWith("content: "))
                .findFirst().orElseThrow();
        assertEquals("content: 1 courses, 0 versions taken, 0 bytes fetched", second);

        // A new national version changes the catalog's entry: the next round takes it, once.
        long draft = course.author().given().queryParam("version", "draft").when()
                .get("/api/courses/{c}/modules/{m}/items/{i}", course.courseId(), course.moduleId(), course.pageId())
                .then().statusCode(200).extract().jsonPath().getLong("version");
        course.author().given().contentType(ContentType.JSON).body(Map.of("version", draft,
                "title", Map.of("en", "Read me again"), "completion", "viewed")).when()
                .put("/api/courses/{c}/modules/{m}/items/{i}", course.courseId(), course.moduleId(), course.pageId())
                .then().statusCode(200);
        assertEquals(2, Publishing.publish(course.author(), course.courseId()));
        assertEquals("content: 1 courses, 1 versions taken, 0 bytes fetched", contentLine(sync));
        assertEquals(2, ((Number) single("SELECT version FROM node_course_copy WHERE code = '" + courseCode + "'"))
                .intValue());
        assertEquals("content: 1 courses, 0 versions taken, 0 bytes fetched", contentLine(sync));
    }

    private static String contentLine(NodeSync sync) {
        return sync.runNow().orElseThrow().lines().stream().filter(line -> line.startsWith("content: ")).findFirst()
                .orElseThrow();
    }

    @Test
    void aCutDownloadResumesFromItsLastByteAndIsCheckedByItsSha256() throws Exception {
        BlobDownloads downloads = Arc.container().instance(BlobDownloads.class).get();
        NodeIdentity node = node();
        Path part = downloads.partial(sha);
        Files.deleteIfExists(part);

        // A round whose budget runs out keeps what arrived; the next goes on from there.
        BlobDownloads.Fetched cut = downloads.fetch(node, sha, plan.length, 100);
        assertEquals(100, cut.bytes());
        assertFalse(cut.verified());
        assertArrayEquals(Arrays.copyOf(plan, 100), Files.readAllBytes(part));
        BlobDownloads.Fetched rest = downloads.fetch(node, sha, plan.length, Long.MAX_VALUE);
        assertEquals(plan.length - 100, rest.bytes(), "only the missing bytes travel");
        assertTrue(rest.verified());
        assertFalse(Files.exists(part), "the partial file became the asset");

        // A partial file with wrong bytes: completed from its last byte, the hash fails, it is deleted.
        Files.write(part, new byte[100]);
        BlobDownloads.Fetched wrong = downloads.fetch(node, sha, plan.length, Long.MAX_VALUE);
        assertEquals(plan.length - 100, wrong.bytes());
        assertFalse(wrong.verified(), "bytes that do not make the SHA-256 are not stored");
        assertFalse(Files.exists(part), "and leave nothing behind");

        // A partial file of a file no longer wanted is removed.
        Path stale = downloads.partial("a".repeat(64));
        Files.write(stale, new byte[10]);
        downloads.forgetAllBut(Set.of(sha));
        assertFalse(Files.exists(stale));
    }

    private static NodeIdentity node() {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createQuery("select n from NodeIdentity n", NodeIdentity.class).getSingleResult());
    }

    private static Object single(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery(sql).getSingleResult());
    }
}
