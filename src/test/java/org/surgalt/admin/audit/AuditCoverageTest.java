package org.surgalt.admin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.assignment.AssignmentFixture;
import org.surgalt.cohort.session.FaceToFaceSession;
import org.surgalt.cohort.session.SessionFixture;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.AuditRows;
import org.surgalt.testsupport.AuditRows.Row;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Every family of grading and administrative action, driven through its real route, leaves one
 * audit event naming who did it, to what, about whom, with the state before and after; a change
 * that fails leaves none.
 */
@QuarkusTest
class AuditCoverageTest {

    @Test
    void gradingReleasingAndExtendingAreAuditedWithTheGradeBeforeAndAfter() {
        AssignmentFixture f = new AssignmentFixture();
        json(f.learner).body(Map.of("body", "My work")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200);
        long id = json(f.grader).when().get(f.grading()).then().statusCode(200).extract().jsonPath().getLong("[0].id");
        long version = json(f.grader).when().get(f.grading() + "/" + id).then().extract().jsonPath().getLong("version");
        json(f.grader).body(Map.of("version", version, "points", 7, "feedback", "Clear objectives.")).when()
                .post(f.grading() + "/" + id + "/grade").then().statusCode(200);
        json(f.grader).when().post(f.grading() + "/" + id + "/release").then().statusCode(200);

        Row grade = only(AuditRows.of("submission.grade", "submission", id));
        assertEquals(f.learnerPerson.id(), grade.personId(), "about the learner");
        assertNotNull(grade.actorId(), "by the grader");
        assertTrue(grade.before().contains("\"points\":null"), grade.before());
        assertTrue(grade.after().contains("\"points\":7") && grade.after().contains("Clear objectives."), grade.after());
        assertNotNull(grade.address(), "from the request's address");
        Row release = only(AuditRows.of("submission.release", "submission", id));
        assertTrue(release.before().contains("\"released\":false") && release.after().contains("\"released\":true"),
                release.after());

        Instant until = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        json(f.grader).body(Map.of("until", until.toString())).when()
                .put(f.api() + "/extensions/" + f.learnerPerson.id()).then().statusCode(200);
        Row extension = only(AuditRows.of("assignment.extend", "assignment", f.itemId));
        assertEquals(f.learnerPerson.id(), extension.personId());
        assertNull(extension.before(), "no extension before");
        assertTrue(extension.after().contains(until.toString()), extension.after());
    }

    @Test
    void aRefusedGradeLeavesNoEventAndARolledBackChangeTakesItsEventWithIt() {
        AssignmentFixture f = new AssignmentFixture();
        json(f.learner).body(Map.of("body", "My work")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200);
        long id = json(f.grader).when().get(f.grading()).then().statusCode(200).extract().jsonPath().getLong("[0].id");
        // A stale version: the grade is refused after the submission was read, and nothing is recorded.
        json(f.grader).body(Map.of("version", 999, "points", 7)).when().post(f.grading() + "/" + id + "/grade").then()
                .statusCode(409);
        assertEquals(List.of(), AuditRows.of("submission.grade", "submission", id));

        // The event is written in the caller's transaction: when the change fails after it, both go.
        AuditLog audit = Arc.container().instance(AuditLog.class).get();
        String marker = "rollback-" + System.nanoTime();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.record(AuditLog.by((Long) null, "cohort.create").object("cohort", marker));
            throw new IllegalStateException("the change failed after it was audited");
        }));
        assertEquals(List.of(), AuditRows.about("cohort", marker));
    }

    @Test
    void attendanceMarksAndTheirRevocationAreAudited() {
        SessionFixture f = new SessionFixture();
        FaceToFaceSession session = f.now(10);
        TestPerson learner = f.learner();
        Sessions.Session facilitator = Sessions.as(f.author);
        for (String status : List.of("present", "absent")) {
            json(facilitator).body(Map.of("marks", List.of(Map.of("userId", learner.id(), "status", status)))).when()
                    .put("/api/sessions/{id}/attendance", session.id()).then().statusCode(200);
        }
        List<Row> marks = AuditRows.of("attendance.mark", "session", session.id());
        assertEquals(2, marks.size(), "the mark and the change that revoked it");
        assertEquals(f.author.id(), marks.get(1).actorId());
        assertEquals(learner.id(), marks.get(1).personId());
        assertTrue(marks.get(1).before().contains("PRESENT") && marks.get(1).after().contains("ABSENT"),
                marks.get(1).after());
    }

    @Test
    void aCertificateRevocationIsAudited() {
        AssignmentFixture f = new AssignmentFixture();
        String code = QuarkusTransaction.requiringNew().call(() -> {
            Arc.container().beanManager().getEvent().select(org.surgalt.progress.CourseCompleted.class)
                    .fire(new org.surgalt.progress.CourseCompleted(f.learnerPerson.id(), f.course.id(), 1,
                            Instant.now()));
            return Arc.container().instance(org.surgalt.progress.certificate.CertificateService.class).get()
                    .codeFor(f.learnerPerson.id(), f.course.id()).orElseThrow();
        });
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        json(Sessions.as(admin)).body(Map.of("reason", "Issued by mistake")).when()
                .post("/api/certificates/{code}/revoke", code).then().statusCode(200);
        Row revoked = only(AuditRows.of("certificate.revoke", "certificate", code));
        assertEquals(admin.id(), revoked.actorId());
        assertEquals(f.learnerPerson.id(), revoked.personId());
        assertTrue(revoked.after().contains("Issued by mistake"), revoked.after());
    }

    @Test
    void cohortsTheirCoursesAndImportsAreAudited() {
        AssignmentFixture f = new AssignmentFixture();
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        Sessions.Session session = Sessions.as(admin);
        String code = "audit-cohort-" + System.nanoTime() % 1_000_000;
        long cohort = json(session).body(Map.of("code", code, "name", "Audited cohort")).when().post("/api/cohorts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        json(session).body(Map.of("course", f.course.code())).when().post("/api/cohorts/{id}/courses", cohort).then()
                .statusCode(200);
        session.given().contentType("text/csv").accept("application/json").queryParam("dryRun", false)
                .body("email,name,institution_code\naudit-import-" + System.nanoTime() + "@example.mn,Bat,test-school\n")
                .when().post("/api/cohorts/{id}/members/import", cohort).then().statusCode(200);

        Row created = only(AuditRows.of("cohort.create", "cohort", cohort));
        assertEquals(admin.id(), created.actorId());
        assertTrue(created.after().contains(code), created.after());
        assertTrue(only(AuditRows.of("cohort.add_course", "cohort", cohort)).after().contains(f.course.code()));
        assertTrue(only(AuditRows.of("cohort.import", "cohort", cohort)).after().contains("\"newUsers\":1"));
    }

    @Test
    void completionRulesAndPublishingAreAudited() {
        AssignmentFixture f = new AssignmentFixture();
        // The fixture published the course through review: submitted, approved, published.
        assertEquals(1, AuditRows.of("course.submit_review", "course", f.course.id()).size());
        assertEquals(1, AuditRows.of("course.approve", "course", f.course.id()).size());
        assertTrue(only(AuditRows.of("course.publish", "course", f.course.id())).after().contains("\"version\":1"));

        json(f.author).body(Map.of("version", 0, "allModules", true, "conditions", List.of(), "onlineHours", 12))
                .when().put("/api/courses/{id}/completion-rule", f.course.id()).then().statusCode(200);
        Row rule = only(AuditRows.of("completion_rule.change", "course", f.course.id()));
        assertTrue(rule.after().contains("\"onlineHours\":12"), rule.after());
    }

    @Test
    void lrsClientsMadeAndDisabledAreAuditedWithoutTheirSecret() {
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        Sessions.Session session = Sessions.as(admin);
        var created = json(session).body(Map.of("name", "Audited LRS", "read", true, "write", false)).when()
                .post("/api/admin/xapi-clients").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("client.id");
        json(session).body("{}").when().post("/api/admin/xapi-clients/{id}/disable", id).then().statusCode(200);
        Row made = only(AuditRows.of("xapi_client.create", "xapi_client", id));
        assertTrue(made.after().contains("Audited LRS"), made.after());
        assertTrue(!made.after().contains(created.getString("secret")), "the secret is not in the log");
        Row disabled = only(AuditRows.of("xapi_client.disable", "xapi_client", id));
        assertTrue(disabled.before().contains("\"disabled\":false") && disabled.after().contains("\"disabled\":true"));
    }

    private static Row only(List<Row> rows) {
        assertEquals(1, rows.size(), "one event: " + rows);
        return rows.get(0);
    }
}
