package org.surgalt.reporting.warning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.notification.NotificationKind;
import org.surgalt.notification.NotificationService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** The nudge to inactive learners: once a week, in their language, and a way off that needs no sign-in. */
@QuarkusTest
class NudgeOptOutTest {

    private static final Pattern STOP = Pattern.compile("(https?://\\S+/notifications/unsubscribe/(\\S+))");

    @Inject
    MockMailbox mailbox;

    @Inject
    Nudges nudges;

    @Inject
    NotificationService notifications;

    @Inject
    WarningSettingsService settings;

    private static final Instant NEXT_WEEK = WarningFixture.NOW.plus(Duration.ofDays(7));

    @Test
    void anInactiveLearnerIsNudgedOnceAWeekInTheirLanguage() {
        WarningFixture f = new WarningFixture();
        TestPerson quiet = f.member(aPerson().withLocale("mn").create(), 30);
        f.progress(quiet, 2, 20.0);
        TestPerson active = f.member(aPerson().create(), 30);
        f.progress(active, 2, 1.0);

        nudges.send(WarningFixture.NOW);
        nudges.send(WarningFixture.NOW);

        List<Mail> mails = mailbox.getMailsSentTo(quiet.email());
        assertEquals(1, mails.size(), "once in the week, however often it runs");
        assertEquals("\"" + f.cohort.name() + "\" бүлгийн сургалтууд таныг хүлээж байна", mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("14 ба түүнээс олон хоног идэвхгүй")
                && mails.get(0).getText().contains("/notifications/unsubscribe/"), mails.get(0).getText());
        assertEquals(List.of(), mailbox.getMailsSentTo(active.email()));

        nudges.send(NEXT_WEEK);
        assertEquals(2, mailbox.getMailsSentTo(quiet.email()).size(), "still inactive a week later: one more");
    }

    @Test
    void theLinkInTheMailTurnsThemOffWithoutSigningIn() {
        WarningFixture f = new WarningFixture();
        TestPerson quiet = f.member(aPerson().withLocale("en").create(), 30);
        nudges.send(WarningFixture.NOW);
        Matcher link = STOP.matcher(mailbox.getMailsSentTo(quiet.email()).get(0).getText());
        assertTrue(link.find());
        String path = "/notifications/unsubscribe/" + link.group(2);

        // Opening it only asks: mail scanners open links.
        given().accept("text/html").get(path).then().statusCode(200).body(containsString("Stop these reminders"));
        assertTrue(notifications.wants(quiet.id(), NotificationKind.INACTIVITY_NUDGE));
        String csrf = Sessions.csrfToken();
        given().redirects().follow(false).cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf)
                .contentType(ContentType.URLENC).formParam("_csrf", csrf).post(path)
                .then().statusCode(303);
        assertFalse(notifications.wants(quiet.id(), NotificationKind.INACTIVITY_NUDGE));

        // The same choice on the notifications page, and no more nudges.
        String page = Sessions.as(quiet).given().accept("text/html").get("/account/notifications")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("value=\"inactivity-nudge\">"), page);
        assertTrue(page.contains("A reminder when I have not been active for a while"), page);
        nudges.send(NEXT_WEEK);
        assertEquals(1, mailbox.getMailsSentTo(quiet.email()).size());
    }

    @Test
    void aForgedOrAlteredLinkDoesNothing() {
        TestPerson someone = aPerson().create();
        String csrf = Sessions.csrfToken();
        for (String token : List.of(someone.id() + ".forged", "not-a-token", (someone.id() + 1) + ".AAAA")) {
            given().accept("text/html").get("/notifications/unsubscribe/" + token).then().statusCode(404);
            given().redirects().follow(false).cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf)
                    .contentType(ContentType.URLENC).formParam("_csrf", csrf)
                    .post("/notifications/unsubscribe/" + token).then().statusCode(404);
        }
        assertTrue(notifications.wants(someone.id(), NotificationKind.INACTIVITY_NUDGE));
    }

    @Test
    void noNudgeWhenTurnedOffOnThePreferencesPageOrForTheCohort() {
        WarningFixture f = new WarningFixture();
        TestPerson optedOut = f.member(aPerson().create(), 30);
        Sessions.as(optedOut).given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("kind", "feedback-released").post("/account/notifications").then().statusCode(303);
        nudges.send(WarningFixture.NOW);
        assertEquals(List.of(), mailbox.getMailsSentTo(optedOut.email()));

        WarningFixture other = new WarningFixture();
        TestPerson quiet = other.member(aPerson().create(), 30);
        TestPerson coordinator = aPerson().withRole(Role.ADMIN).create();
        Viewer admin = new Viewer(coordinator.id(), coordinator.email(), "admin", java.util.Locale.ENGLISH, null,
                java.util.Set.of(org.surgalt.identity.Grant.site(Role.ADMIN)));
        settings.save(admin, io.quarkus.arc.Arc.container().instance(org.surgalt.cohort.CohortService.class).get()
                .manageable(admin, other.cohort.id()), new WarningSettingsService.Input(true, "14", true, true, true,
                        false, "14"));
        nudges.send(WarningFixture.NOW);
        assertEquals(List.of(), mailbox.getMailsSentTo(quiet.email()));
    }
}
