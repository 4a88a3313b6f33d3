package org.surgalt.assignment.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.assignment.AssignmentFixture.json;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.surgalt.notification.NotificationKind;
import org.surgalt.notification.NotificationService;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.web.Formats;

/** Mail to assessors when allocated and before the assessment deadline, and to learners when peer feedback is released. */
@QuarkusTest
class PeerMailTest {

    @Inject
    PeerAllocationJob allocation;

    @Inject
    JobRunner jobs;

    @Inject
    MockMailbox mailbox;

    @Inject
    NotificationService notifications;

    @Inject
    EntityManager entities;

    private void runJobs() {
        while (jobs.runDue("test", 50) > 0) {
            // send what is due
        }
    }

    private List<Mail> mails(PeerFixture p, int learner) {
        return mailbox.getMailsSentTo(p.people.get(learner).email());
    }

    @Test
    void eachAssessorIsToldOnceInTheirLanguageWhatToAssessAndUntilWhenByOneJobForTheWholeAllocation() {
        PeerFixture p = new PeerFixture(true);
        // Learner 3 turned this kind of mail off.
        notifications.setPreferences(p.people.get(3).id(), EnumSet.complementOf(EnumSet.of(
                NotificationKind.PEER_ALLOCATED)));
        p.allocate(allocation);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "SELECT id FROM notification WHERE item_id = ?1 AND kind = 'PEER_ALLOCATED' ORDER BY id")
                .setParameter(1, p.f.itemId).getResultList().stream().map(id -> ((Number) id).longValue()).toList());
        assertEquals(4, ids.size(), "one row per assessor");
        List<String> batches = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "SELECT payload FROM job WHERE kind = 'notification.batch' AND payload LIKE ?1")
                .setParameter(1, "%" + ids.get(0) + "%").getResultList().stream().map(Object::toString).toList());
        assertEquals(1, batches.size());
        ids.forEach(id -> assertTrue(batches.get(0).contains(id.toString()), "one job for them all: " + batches));
        runJobs();
        p.allocate(allocation);
        runJobs();

        Instant until = Instant.parse(json(p.f.author).when().get(p.peer()).then().extract().jsonPath()
                .getString("assessUntil"));
        String due = Formats.when(until, Locale.forLanguageTag("mn"), ZoneId.of("Asia/Ulaanbaatar"));
        for (int i = 0; i < 3; i++) {
            List<Mail> sent = mails(p, i);
            assertEquals(1, sent.size(), "learner " + i);
            assertEquals("Үнэлэх ажил: \"Lesson plan\"", sent.get(0).getSubject());
            String body = sent.get(0).getText();
            for (long id : p.allocatedTo(p.learners.get(i))) {
                assertTrue(body.contains("/courses/" + p.f.course.code() + "/peer/assessments/" + id), body);
            }
            assertTrue(body.contains("2 ажлыг") && body.contains(due), body);
            assertTrue(body.contains("/courses/" + p.f.course.code() + "/peer/assignments/" + p.f.itemId), body);
            for (int j = 1; j < 4; j++) {
                assertFalse(body.contains(p.names.get(j)) && j != i, "no author named");
            }
        }
        assertEquals(List.of(), mails(p, 3), "turned off");
        String preferences = p.learners.get(3).given().accept("text/html").when().get("/account/notifications").then()
                .statusCode(200).extract().asString();
        assertTrue(preferences.contains("value=\"peer-allocated\">") && preferences.contains("бусдын ажлыг"),
                "the kind is on the preferences page, off for this learner");
    }

    @Test
    void theAssessorsWhoHaveNotAssessedAreRemindedOnceWhateverHowManyRunsAndInstancesCheck() throws Exception {
        PeerFixture p = new PeerFixture(true);
        p.allocate(allocation);
        runJobs();
        for (long id : p.allocatedTo(p.learners.get(1))) {
            json(p.learners.get(1)).body(Map.of("points", 50)).when().post(p.assessment(id)).then().statusCode(200);
        }
        long half = p.allocatedTo(p.learners.get(2)).get(0);
        json(p.learners.get(2)).body(Map.of("points", 50)).when().post(p.assessment(half)).then().statusCode(200);
        // Two instances check at once, then one again an hour later; the deadline (2 h away) is within the notice.
        Instant now = Instant.now();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> allocation.remind(now));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> allocation.remind(now));
        a.get();
        b.get();
        allocation.remind(now.plusSeconds(3600));
        runJobs();

        for (int i : List.of(0, 2, 3)) {
            List<Mail> reminded = mails(p, i).stream().filter(m -> m.getSubject().startsWith("Үнэлгээ удахгүй"))
                    .toList();
            assertEquals(1, reminded.size(), "learner " + i + " reminded once");
            String body = reminded.get(0).getText();
            List<Long> theirs = p.allocatedTo(p.learners.get(i));
            for (long id : theirs) {
                assertEquals(id != half, body.contains("/peer/assessments/" + id + "\n"),
                        "only what is not assessed yet: " + body);
            }
        }
        assertTrue(mails(p, 1).stream().noneMatch(m -> m.getSubject().startsWith("Үнэлгээ удахгүй")),
                "assessed everything: no reminder");
        assertEquals(3L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "SELECT COUNT(*) FROM notification WHERE item_id = ?1 AND kind = 'PEER_REMINDER'")
                .setParameter(1, p.f.itemId).getSingleResult()).longValue()));
    }

    @Test
    void aLearnerIsToldOnceWhenTheirPeersFeedbackIsReleasedWithALinkToIt() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(allocation);
        for (int i = 1; i < 4; i++) {
            p.assessAll(i, Map.of("points", 80));
        }
        p.assessmentDeadlinePasses();
        p.finaliseAndReleaseTheFirst();
        runJobs();
        List<Mail> released = mails(p, 0).stream().filter(m -> m.getSubject().contains("санал, үнэлгээ ирлээ"))
                .toList();
        assertEquals(1, released.size(), "one mail: the grade and the peers' feedback together");
        assertTrue(released.get(0).getText().contains("үе тэнгийнхний өгсөн санал")
                && released.get(0).getText().contains("/courses/" + p.f.course.code() + "/peer/assignments/"
                        + p.f.itemId), released.get(0).getText());
    }
}
