package org.surgalt.admin.rights;

import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.surgalt.assignment.AssignmentFixture;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * A learner with something of every common kind held about them: a submission with its text and
 * a file, a released grade with feedback, a certificate, a cohort membership (so a dashboard counts
 * them), a sign-in session; and a site admin.
 */
final class PersonFixture {

    static final byte[] FILE = "My lesson plan, as a file".getBytes(StandardCharsets.UTF_8);
    static final String TEXT = "Lesson plan: fractions, grade 5";

    final AssignmentFixture assignment = new AssignmentFixture();
    final TestPerson learner = assignment.learnerPerson;
    final TestPerson admin = aPerson().withRole(Role.ADMIN).create();
    final Sessions.Session adminSession = Sessions.as(admin);
    final long submissionId;
    final long cohortId;
    final String certificate;

    PersonFixture() {
        String upload = Uploads.upload(assignment.learner, FILE, "plan.txt", "file");
        json(assignment.learner).body(Map.of("upload", upload)).when().post(assignment.api() + "/submission/files")
                .then().statusCode(200);
        json(assignment.learner).body(Map.of("body", TEXT)).when().post(assignment.api() + "/submission/submit")
                .then().statusCode(200);
        submissionId = json(assignment.grader).when().get(assignment.grading()).then().statusCode(200).extract()
                .jsonPath().getLong("[0].id");
        long version = json(assignment.grader).when().get(assignment.grading() + "/" + submissionId).then()
                .extract().jsonPath().getLong("version");
        json(assignment.grader).body(Map.of("version", version, "points", 80, "feedback", "Good plan, Bat.")).when()
                .post(assignment.grading() + "/" + submissionId + "/grade").then().statusCode(200);
        json(assignment.grader).when().post(assignment.grading() + "/" + submissionId + "/release").then()
                .statusCode(200);
        certificate = QuarkusTransaction.requiringNew().call(() -> {
            Arc.container().beanManager().getEvent().select(org.surgalt.progress.CourseCompleted.class)
                    .fire(new org.surgalt.progress.CourseCompleted(learner.id(), assignment.course.id(), 1,
                            Instant.now()));
            return Arc.container().instance(org.surgalt.progress.certificate.CertificateService.class).get()
                    .codeFor(learner.id(), assignment.course.id()).orElseThrow();
        });
        String code = "rights-" + System.nanoTime() % 1_000_000;
        cohortId = json(adminSession).body(Map.of("code", code, "name", "Rights cohort")).when().post("/api/cohorts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        json(adminSession).body(Map.of("course", assignment.course.code())).when()
                .post("/api/cohorts/{id}/courses", cohortId).then().statusCode(200);
        adminSession.given().contentType("text/csv").accept("application/json").queryParam("dryRun", false)
                .body("email,name,institution_code\n" + learner.email() + ",Bat,test-school\n").when()
                .post("/api/cohorts/{id}/members/import", cohortId).then().statusCode(200);
    }
}
