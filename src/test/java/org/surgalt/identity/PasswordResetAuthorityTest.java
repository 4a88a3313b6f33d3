package org.surgalt.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.surgalt.cohort.CohortService;
import org.surgalt.cohort.NewCohort;
import org.surgalt.course.Course;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Who may reset whose password, or sign whom out everywhere: every caller role × every target
 * role, through the API (no page offers either yet). A reset is allowed only for someone whose
 * authority is strictly below the caller's in every scope the target holds a role in, and its
 * link goes to the target's own mailbox, never back to the caller (issue 16, hole 1: a
 * coordinator took over the site admin with the link the API handed her).
 */
@QuarkusTest
class PasswordResetAuthorityTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final int SENT = 202;
    private static final int DONE = 204;
    private static final int NO = 403;
    private static final int SELF = 400;
    private static final int ANON = 401;

    enum Caller {
        SITE_ADMIN, INSTITUTION_ADMIN, COORDINATOR, COHORT_COORDINATOR, AUTHOR, GRADER, LEARNER,
        OTHER_INSTITUTION_ADMIN, OTHER_COORDINATOR, ANONYMOUS
    }

    /** People of the callers' institution unless "other"; the last is the caller themselves. */
    enum Target {
        SITE_ADMIN, INSTITUTION_ADMIN, COORDINATOR, AUTHOR, COURSE_AUTHOR, COHORT_COORDINATOR, LEARNER, SSO_LEARNER,
        OTHER_LEARNER, THEMSELVES
    }

    // Columns in Target order.
    private static final Map<Caller, int[]> RESET = new EnumMap<>(Map.of(
            Caller.SITE_ADMIN, new int[] {SENT, SENT, SENT, SENT, SENT, SENT, SENT, SENT, SENT, SELF},
            Caller.INSTITUTION_ADMIN, new int[] {NO, NO, SENT, SENT, NO, NO, SENT, NO, NO, SELF},
            Caller.COORDINATOR, new int[] {NO, NO, NO, NO, NO, NO, SENT, NO, NO, SELF},
            Caller.COHORT_COORDINATOR, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, NO, SELF},
            Caller.AUTHOR, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, NO, SELF},
            Caller.GRADER, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, NO, SELF},
            Caller.LEARNER, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, NO, SELF},
            Caller.OTHER_INSTITUTION_ADMIN, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, SENT, SELF},
            Caller.OTHER_COORDINATOR, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, SENT, SELF},
            Caller.ANONYMOUS, new int[] {ANON, ANON, ANON, ANON, ANON, ANON, ANON, ANON, ANON, ANON}));

    // Ending someone's sessions: the same rule, but an institution's provider account counts by its
    // stored roles (only a password for such an account is for site admins alone).
    private static final Map<Caller, int[]> SIGN_OUT = new EnumMap<>(Map.of(
            Caller.SITE_ADMIN, new int[] {DONE, DONE, DONE, DONE, DONE, DONE, DONE, DONE, DONE, SELF},
            Caller.INSTITUTION_ADMIN, new int[] {NO, NO, DONE, DONE, NO, NO, DONE, DONE, NO, SELF},
            Caller.COORDINATOR, new int[] {NO, NO, NO, NO, NO, NO, DONE, DONE, NO, SELF},
            Caller.COHORT_COORDINATOR, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, NO, SELF},
            Caller.AUTHOR, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, NO, SELF},
            Caller.GRADER, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, NO, SELF},
            Caller.LEARNER, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, NO, SELF},
            Caller.OTHER_INSTITUTION_ADMIN, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, DONE, SELF},
            Caller.OTHER_COORDINATOR, new int[] {NO, NO, NO, NO, NO, NO, NO, NO, DONE, SELF},
            Caller.ANONYMOUS, new int[] {ANON, ANON, ANON, ANON, ANON, ANON, ANON, ANON, ANON, ANON}));

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Test
    void aResetIsMailedOnlyForPeopleBelowTheCallerAndItsLinkIsNeverReturned() {
        Fixture fixture = new Fixture();
        List<String> failures = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (Target target : Target.values()) {
                long targetId = fixture.targetId(caller, target);
                String email = fixture.emails.get(targetId);
                mailbox.clear();
                Response response = fixture.as(caller).contentType("application/json").body("{}")
                        .when().post("/api/admin/users/{id}/password-reset", targetId);
                int expected = RESET.get(caller)[target.ordinal()];
                String body = response.asString();
                if (response.statusCode() != expected) {
                    failures.add(caller + " resets " + target + ": expected " + expected + ", got "
                            + response.statusCode() + " " + body);
                }
                if (body.contains("password-reset/")) {
                    failures.add(caller + " resets " + target + ": the answer holds the link: " + body);
                }
                List<Mail> mails = email == null ? List.of() : mailbox.getMailsSentTo(email);
                if (expected == SENT && (mails.size() != 1 || !mails.get(0).getText().contains("/password-reset/"))) {
                    failures.add(caller + " resets " + target + ": expected one mail with the link to " + email
                            + ", got " + mails.size());
                }
                if (expected != SENT && mailbox.getTotalMessagesSent() != 0) {
                    failures.add(caller + " resets " + target + ": refused, yet a mail went out");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void signingSomeoneOutEverywhereFollowsTheSameRule() {
        Fixture fixture = new Fixture();
        List<String> failures = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (Target target : Target.values()) {
                int actual = fixture.as(caller).contentType("application/json").body("{}")
                        .when().post("/api/admin/users/{id}/sessions/revoke", fixture.targetId(caller, target))
                        .then().extract().statusCode();
                int expected = SIGN_OUT.get(caller)[target.ordinal()];
                if (actual != expected) {
                    failures.add(caller + " signs out " + target + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theMailIsInThePersonsLanguageAndItsLinkSetsThePassword() {
        TestPerson teacher = aPerson().create();
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        mailbox.clear();
        admin.given().contentType("application/json").body("{}")
                .when().post("/api/admin/users/{id}/password-reset", teacher.id()).then().statusCode(SENT);
        Mail mail = mailbox.getMailsSentTo(teacher.email()).get(0);
        assertEquals("Сургалт системийн нууц үгээ тохируулна уу", mail.getSubject());
        assertTrue(mail.getText().contains("Сайн байна уу"), mail.getText());
        String path = linkIn(mail);
        String csrf = Sessions.csrfToken();
        given().cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("newPassword", "set from the mail", "newPasswordAgain", "set from the mail",
                        "_csrf", csrf))
                .when().post(path).then().statusCode(200);
        Sessions.as(teacher.email(), "set from the mail").given().when().get("/api/me").then().statusCode(200);
    }

    @Test
    void onlySiteAdminsGetALinkToHandOverAndItIsAudited() {
        TestPerson teacher = aPerson().create();
        TestPerson coordinator = aPerson().withRole(Role.COORDINATOR).create();
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        Sessions.as(coordinator).given().contentType("application/json").body("{}")
                .when().post("/api/admin/users/{id}/password-handover", teacher.id()).then().statusCode(NO);
        String link = Sessions.as(admin).given().contentType("application/json").body("{}")
                .when().post("/api/admin/users/{id}/password-handover", teacher.id()).then().statusCode(201)
                .extract().jsonPath().getString("link");
        assertTrue(link.contains("/password-reset/"), link);
        Number audited = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE actor_id = ?1 AND target_user_id = ?2 "
                        + "AND action = 'PASSWORD_HANDOVER_LINK' AND address IS NOT NULL")
                .setParameter(1, admin.id()).setParameter(2, teacher.id()).getSingleResult());
        assertEquals(1, audited.intValue(), "recorded once, with the address the request came from");
    }

    static String linkIn(Mail mail) {
        String text = mail.getText();
        int at = text.indexOf("/password-reset/");
        assertFalse(at < 0, "no link in: " + text);
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    /** The people: each caller, and a target of each kind, in institution X unless "other". */
    private final class Fixture {
        final String other = "other-school-" + UNIQUE.incrementAndGet();
        final Course course = aCourse().withModules(1).withItemsPerModule(1).create();
        final long cohortId;
        final Map<Caller, TestPerson> callers = new EnumMap<>(Caller.class);
        final Map<Target, TestPerson> targets = new EnumMap<>(Target.class);
        final Map<Long, String> emails = new java.util.HashMap<>();
        final Map<Caller, Supplier<RequestSpecification>> sessions = new EnumMap<>(Caller.class);

        Fixture() {
            TestPerson creator = aPerson().withRole(Role.ADMIN).create();
            Viewer creatorViewer = new Viewer(creator.id(), creator.email(), "admin", Locale.ENGLISH, null,
                    Set.of(Grant.site(Role.ADMIN)));
            cohortId = Arc.container().instance(CohortService.class).get().create(creatorViewer,
                    new NewCohort("reset-" + UNIQUE.incrementAndGet() + "-" + System.nanoTime() % 100_000,
                            "Reset cohort", null, null, null)).id();
            Grant cohortCoordinator = new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohortId);

            callers.put(Caller.SITE_ADMIN, aPerson().withRole(Role.ADMIN).create());
            callers.put(Caller.INSTITUTION_ADMIN, aPerson().withRole(Role.INSTITUTION_ADMIN).create());
            callers.put(Caller.COORDINATOR, aPerson().withRole(Role.COORDINATOR).create());
            callers.put(Caller.COHORT_COORDINATOR, aPerson().withGrant(cohortCoordinator).create());
            callers.put(Caller.AUTHOR, aPerson().withRole(Role.AUTHOR).create());
            callers.put(Caller.GRADER, aPerson().withGrant(Grant.course(Role.GRADER, course.id())).create());
            callers.put(Caller.LEARNER, aPerson().enrolledIn(course.code()).create());
            callers.put(Caller.OTHER_INSTITUTION_ADMIN, aPerson().inInstitution(other)
                    .withRole(Role.INSTITUTION_ADMIN).create());
            callers.put(Caller.OTHER_COORDINATOR, aPerson().inInstitution(other).withRole(Role.COORDINATOR).create());

            targets.put(Target.SITE_ADMIN, aPerson().withRole(Role.ADMIN).create());
            targets.put(Target.INSTITUTION_ADMIN, aPerson().withRole(Role.INSTITUTION_ADMIN).create());
            targets.put(Target.COORDINATOR, aPerson().withRole(Role.COORDINATOR).create());
            targets.put(Target.AUTHOR, aPerson().withRole(Role.AUTHOR).create());
            targets.put(Target.COURSE_AUTHOR, aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());
            targets.put(Target.COHORT_COORDINATOR, aPerson().withGrant(cohortCoordinator).create());
            targets.put(Target.LEARNER, aPerson().enrolledIn(course.code()).create());
            TestPerson sso = aPerson().create();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "INSERT INTO external_identity (user_id, issuer, subject) VALUES (?1, ?2, ?3)")
                    .setParameter(1, sso.id()).setParameter(2, "https://idp.example/realms/" + other)
                    .setParameter(3, "subject-" + sso.id()).executeUpdate());
            targets.put(Target.SSO_LEARNER, sso);
            targets.put(Target.OTHER_LEARNER, aPerson().inInstitution(other).create());

            callers.values().forEach(p -> emails.put(p.id(), p.email()));
            targets.values().forEach(p -> emails.put(p.id(), p.email()));
            sessions.put(Caller.ANONYMOUS, io.restassured.RestAssured::given);
            callers.forEach((caller, person) -> sessions.put(caller, Sessions.as(person)::given));
        }

        long targetId(Caller caller, Target target) {
            if (target == Target.THEMSELVES) {
                return caller == Caller.ANONYMOUS ? targets.get(Target.LEARNER).id() : callers.get(caller).id();
            }
            return targets.get(target).id();
        }

        RequestSpecification as(Caller caller) {
            RequestSpecification request = sessions.get(caller).get().redirects().follow(false);
            if (caller == Caller.ANONYMOUS) {
                String csrf = Sessions.csrfToken();
                request.cookie(Sessions.CSRF_COOKIE, csrf).header("X-CSRF-Token", csrf);
            }
            return request;
        }
    }
}
