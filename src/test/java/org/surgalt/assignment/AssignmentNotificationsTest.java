package org.surgalt.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.Sessions;

/**
 * Assignments feed the notifications and the learner's home: releasing feedback and granting an
 * extension send an email, and a due date within 48 hours is a reminder and a "coming up" entry
 * until the work is handed in.
 */
@QuarkusTest
class AssignmentNotificationsTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    JobRunner jobs;

    @Inject
    AssignmentDeadlines deadlines;

    private void runJobs() {
        while (jobs.runDue("test", 50) > 0) {
            // send what is queued
        }
    }

    @Test
    void releasedFeedbackAndAnExtensionAreEmailedToTheLearner() {
        AssignmentFixture f = new AssignmentFixture();
        f.settings(Map.of("maxPoints", 10));
        json(f.learner).body(Map.of("body", "My plan")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200);
        long submission = json(f.grader).when().get(f.grading()).then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        long version = json(f.grader).when().get(f.grading() + "/" + submission).then().extract().jsonPath()
                .getLong("version");
        json(f.grader).body(Map.of("version", version, "points", 8, "feedback", "Good"))
                .when().post(f.grading() + "/" + submission + "/grade").then().statusCode(200);
        runJobs();
        assertEquals(0, mailbox.getMailsSentTo(f.learnerPerson.email()).size(), "nothing before release");
        json(f.grader).when().post(f.grading() + "/" + submission + "/release").then().statusCode(200);
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(f.learnerPerson.email()).size());

        json(f.grader).body(Map.of("until", Instant.now().plus(Duration.ofDays(7)).toString()))
                .when().put(f.api() + "/extensions/{learner}", f.learnerPerson.id()).then().statusCode(200);
        runJobs();
        assertEquals(2, mailbox.getMailsSentTo(f.learnerPerson.email()).size());
    }

    @Test
    void aDueDateWithin48HoursIsRemindedAndComingUpUntilTheWorkIsHandedIn() {
        AssignmentFixture f = new AssignmentFixture();
        Instant due = Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
        f.settings(Map.of("dueAt", due.toString()));
        Instant now = Instant.now();
        assertTrue(deadlines.dueBetween(now, now.plus(Duration.ofHours(48))).stream()
                .anyMatch(d -> d.learnerId() == f.learnerPerson.id() && d.itemId() == f.itemId
                        && d.dueAt().equals(due)));
        assertTrue(deadlines.upcoming(f.learnerPerson.id(), now, now.plus(Duration.ofDays(14))).stream()
                .anyMatch(u -> u.itemId() == f.itemId));
        Sessions.Session other = Sessions.as(aPerson().create());
        other.given().when().get("/home").then().statusCode(200);

        json(f.learner).body(Map.of("body", "Handed in")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200);
        assertTrue(deadlines.dueBetween(now, now.plus(Duration.ofHours(48))).stream()
                .noneMatch(d -> d.learnerId() == f.learnerPerson.id() && d.itemId() == f.itemId));
    }
}
