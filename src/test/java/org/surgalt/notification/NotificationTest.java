package org.surgalt.notification;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Emails to learners, fired as the assignment feature will fire them: in the learner's language,
 * only after the change that causes them commits, once per deadline, never for a kind turned off.
 */
@QuarkusTest
class NotificationTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    Event<FeedbackReleased> feedback;

    @Inject
    Event<ExtensionGranted> extensions;

    @Inject
    JobRunner jobs;

    @Inject
    DeadlineReminders reminders;

    private void runJobs() {
        while (jobs.runDue("test", 50) > 0) {
            // send what is due
        }
    }

    private static Course course() {
        return aCourse().withTitle("Blended teaching", "Хосолсон сургалт").create();
    }

    private static long item(Course course) {
        return course.modules().get(0).items().get(0).id();
    }

    @Test
    void feedbackIsAnnouncedInTheLearnersLanguage() {
        Course course = course();
        TestPerson mongolian = aPerson().enrolledIn(course.code()).create();
        TestPerson english = aPerson().withLocale("en").enrolledIn(course.code()).create();
        feedback.fire(new FeedbackReleased(mongolian.id(), course.id(), item(course)));
        feedback.fire(new FeedbackReleased(english.id(), course.id(), item(course)));
        runJobs();

        List<Mail> mn = mailbox.getMailsSentTo(mongolian.email());
        assertEquals(1, mn.size());
        assertEquals("\"Page 1.1\": санал, үнэлгээ ирлээ", mn.get(0).getSubject());
        String mnBody = mn.get(0).getText();
        assertTrue(mnBody.contains("Сайн байна уу, Тест Хэрэглэгч!") && mnBody.contains("\"Хосолсон сургалт\" сургалтын")
                && mnBody.contains("/courses/" + course.code() + "/items/" + item(course))
                && mnBody.contains("/account/notifications"), mnBody);

        List<Mail> en = mailbox.getMailsSentTo(english.email());
        assertEquals(1, en.size());
        assertEquals("Feedback on \"Page 1.1\"", en.get(0).getSubject());
        assertTrue(en.get(0).getText().contains("in the course \"Blended teaching\" is ready to read"),
                en.get(0).getText());

        // A job that runs again (an instance died before recording it) sends nothing more.
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(english.email()).size());
    }

    @Test
    void nothingIsSentWhenTheChangeThatFiredTheEventIsRolledBack() {
        Course course = course();
        TestPerson learner = aPerson().withLocale("en").enrolledIn(course.code()).create();
        QuarkusTransaction.begin();
        feedback.fire(new FeedbackReleased(learner.id(), course.id(), item(course)));
        QuarkusTransaction.rollback();
        runJobs();
        assertEquals(List.of(), mailbox.getMailsSentTo(learner.email()));

        QuarkusTransaction.begin();
        feedback.fire(new FeedbackReleased(learner.id(), course.id(), item(course)));
        QuarkusTransaction.commit();
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(learner.email()).size());
    }

    @Test
    void aDeadlineIsRemindedOnceWithinTheNoticeAndAnExtensionGivesTheNewDate() {
        Course course = course();
        TestPerson learner = aPerson().withLocale("en").enrolledIn(course.code()).create();
        Instant now = Instant.now();
        Instant soon = now.plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES);
        TestDeadlines.DEADLINES.add(new DeadlineApproaching(learner.id(), course.id(), item(course), soon));
        TestDeadlines.DEADLINES.add(new DeadlineApproaching(learner.id(), course.id(), item(course),
                now.plus(Duration.ofDays(5))));
        reminders.check(now);
        reminders.check(now.plus(Duration.ofMinutes(60)));
        runJobs();
        List<Mail> sent = mailbox.getMailsSentTo(learner.email());
        assertEquals(1, sent.size(), "one reminder for the deadline within 48 hours, however often it is checked");
        assertEquals("Due soon: \"Page 1.1\"", sent.get(0).getSubject());
        String due = java.time.format.DateTimeFormatter.ofPattern("d MMM y, HH:mm", java.util.Locale.ENGLISH)
                .format(soon.atZone(java.time.ZoneId.of("Asia/Ulaanbaatar")));
        assertTrue(sent.get(0).getText().contains("is due on " + due), sent.get(0).getText());

        Instant later = soon.plus(Duration.ofDays(3));
        extensions.fire(new ExtensionGranted(learner.id(), course.id(), item(course), later));
        runJobs();
        List<Mail> all = mailbox.getMailsSentTo(learner.email());
        assertEquals(2, all.size());
        assertEquals("More time for \"Page 1.1\"", all.get(1).getSubject());
    }

    @Test
    void aMongolianLearnersMailWritesTheDateTheMongolianWay() {
        Course course = course();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        extensions.fire(new ExtensionGranted(learner.id(), course.id(), item(course),
                Instant.parse("2031-03-05T02:00:00Z")));
        runJobs();
        List<Mail> sent = mailbox.getMailsSentTo(learner.email());
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).getText().contains("2031 оны 3-р сарын 5, 10:00 (Asia/Ulaanbaatar)"), sent.get(0).getText());
    }

    @Test
    void aKindTheLearnerTurnedOffIsNotSent() {
        Course course = course();
        TestPerson person = aPerson().withLocale("en").enrolledIn(course.code()).create();
        Sessions.Session learner = Sessions.as(person);
        learner.given().accept("text/html").when().get("/account/notifications").then().statusCode(200)
                .body(allOf(containsString("value=\"feedback-released\" checked"),
                        containsString("value=\"extension-granted\" checked")));
        learner.given().accept("text/html").redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("kind", "deadline-soon").formParam("kind", "extension-granted")
                .when().post("/account/notifications").then().statusCode(303)
                .header("Location", containsString("/account/notifications?saved"));
        learner.given().accept("text/html").when().get("/account/notifications?saved=1").then().statusCode(200)
                .body(allOf(containsString("Your choices are saved."),
                        not(containsString("value=\"feedback-released\" checked")),
                        containsString("value=\"extension-granted\" checked")));

        feedback.fire(new FeedbackReleased(person.id(), course.id(), item(course)));
        extensions.fire(new ExtensionGranted(person.id(), course.id(), item(course), Instant.now().plus(Duration.ofDays(2))));
        runJobs();
        List<Mail> sent = mailbox.getMailsSentTo(person.email());
        assertEquals(List.of("More time for \"Page 1.1\""), sent.stream().map(Mail::getSubject).toList());

        // Turned on again, it is sent again (but not what was skipped meanwhile).
        learner.given().accept("text/html").redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("kind", "feedback-released")
                .when().post("/account/notifications").then().statusCode(303);
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(person.email()).size());
        feedback.fire(new FeedbackReleased(person.id(), course.id(), item(course)));
        runJobs();
        assertEquals(2, mailbox.getMailsSentTo(person.email()).size());
    }

    @Test
    void thePreferencesPageIsForSignedInPeople() {
        io.restassured.RestAssured.given().accept("text/html").redirects().follow(false)
                .when().get("/account/notifications").then().statusCode(303)
                .header("Location", containsString("/login?return="));
    }
}
