package org.surgalt.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.jobs.Job;
import org.surgalt.platform.jobs.JobQueue;
import org.surgalt.platform.jobs.JobState;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;
import org.surgalt.testsupport.Uploads;

/**
 * Readers that ignore the interrupt keep their workers past the time limit. Once there are
 * max-abandoned of them, the instance inspects nothing new: uploads wait (their job is deferred,
 * never rejected for it), readiness says why, and inspection resumes when the readers end.
 */
@QuarkusTest
class InspectionStallTest {

    private static final String INSPECTION = "checks.find { it.name == 'inspection' }";

    private final HangingParser parser = new HangingParser();
    private final Inspector stalling = new Inspector(
            InspectionLimits.defaults().withTimeout(Duration.ofSeconds(1)).withMaxAbandoned(2), parser);

    @Inject
    UploadRepository uploadRows;

    @Inject
    JobQueue queue;

    @Inject
    EntityManager em;

    @BeforeEach
    void inspectWithAParserThatHangs() {
        QuarkusMock.installMockForType(stalling, Inspector.class);
    }

    @AfterEach
    void letTheReadersGo() {
        parser.release();
        stalling.stop();
    }

    @Test
    void afterTwoStuckReadersUploadsWaitInsteadOfBeingRefusedAndAreInspectedWhenTheReadersEnd() throws Exception {
        Session owner = Sessions.as(aPerson().create());
        for (String name : List.of("first.txt", "second.txt")) {
            String id = Uploads.upload(owner, text("Notes in " + name), name, "file");
            status(owner, id).body("processing", equalTo("REJECTED"))
                    .body("rejectedBecause", containsString("took longer than 1 s"));
        }
        assertEquals(2, stalling.abandonedWorkers(), "the timed-out readers are still running");
        given().when().get("/q/health/ready").then().statusCode(503)
                .body(INSPECTION + ".status", equalTo("DOWN"))
                .body(INSPECTION + ".data.abandonedWorkers", equalTo(2));

        String third = Uploads.upload(owner, text("Notes for the third session"), "third.txt", "file");
        status(owner, third).body("processing", equalTo("QUEUED")).body("job", equalTo("QUEUED"))
                .body("jobError", containsString("Inspection is paused on this server"));
        Job waiting = jobOf(third);
        assertEquals(0, waiting.attempts(), "waiting uses up no attempt");
        assertTrue(waiting.runAfter().isAfter(Instant.now()), "tried again later, not at once");

        parser.release();
        for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                stalling.abandonedWorkers() > 0 && System.nanoTime() < deadline;) {
            Thread.sleep(20);
        }
        assertEquals(0, stalling.abandonedWorkers(), "the released readers ended");
        given().when().get("/q/health/ready").then().statusCode(200)
                .body(INSPECTION + ".status", equalTo("UP"))
                .body(INSPECTION + ".data.abandonedWorkers", equalTo(0));

        makeDue(waiting.id());
        Jobs.runAllDue();
        status(owner, third).body("processing", equalTo("READY")).body("detectedType", equalTo("text/plain"))
                .body("job", equalTo("DONE"));
        assertEquals(JobState.DONE, queue.find(waiting.id()).orElseThrow().state());
    }

    private static ValidatableResponse status(Session owner, String id) {
        return owner.given().when().get("/api/uploads/{id}", id).then().statusCode(200);
    }

    private Job jobOf(String uploadId) {
        long id = QuarkusTransaction.requiringNew().call(() -> uploadRows.findById(uploadId).jobId());
        return queue.find(id).orElseThrow();
    }

    private void makeDue(long jobId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE job SET run_after = :past WHERE id = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", jobId).executeUpdate());
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
