package org.surgalt.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.learning.UpcomingSource.Upcoming;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** The learner's home and the states of items in a course's outline, as an enrolled learner sees them. */
@QuarkusTest
class LearnerPagesTest {

    @Inject
    ProgressService progress;

    @Inject
    CourseService courses;

    private static String page(Sessions.Session who, String path) {
        return who.given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
    }

    /** The outline's list entry of an item, from its title to the end of the entry. */
    private static String entry(String html, String title) {
        int start = html.indexOf(title, html.indexOf("<ol class=\"modules\">"));
        assertTrue(start > 0, title + " in " + html);
        return html.substring(start, html.indexOf("</li>", start));
    }

    private void record(String code, long itemId, long userId, CompletionFact.Kind kind, Integer score) {
        CourseContent content = courses.published(code);
        progress.record(userId, content, content.item(itemId).orElseThrow(), kind, score, "test");
    }

    @Test
    void theOutlineSaysInWordsWhereTheLearnerStandsWithEachItem() {
        LearnerCourses.Built course = LearnerCourses.withRules(false);
        TestPerson person = aPerson().withLocale("en").enrolledIn(course.code()).create();
        Sessions.Session learner = Sessions.as(person);
        String outline = "/courses/" + course.code();

        String before = page(learner, outline);
        assertTrue(entry(before, "Reading").contains("not started"), before);
        assertTrue(entry(before, "Lesson plan").contains("not started"), before);
        String locked = entry(before, "Later page");
        assertTrue(locked.contains("locked: complete") && locked.contains("Basics"), locked);
        assertFalse(before.contains("/items/" + course.later() + "\""), "a locked item is not a link");
        // Visitors see the outline without anyone's states.
        String visitor = given().accept("text/html").when().get(outline).then().statusCode(200).extract().asString();
        assertFalse(visitor.contains("not started") || visitor.contains("locked: complete"), visitor);

        // Opening the page completes it; opening the assignment does not hand it in.
        page(learner, "/courses/" + course.code() + "/items/" + course.page());
        page(learner, "/courses/" + course.code() + "/items/" + course.assignment());
        // The quiz feature reports an attempt below the pass mark.
        record(course.code(), course.quiz(), person.id(), CompletionFact.Kind.PASSED, 40);
        String during = page(learner, outline);
        assertTrue(entry(during, "Reading").contains("✓ done"), during);
        assertTrue(entry(during, "Lesson plan").contains("needs action: hand in your work"), during);
        assertTrue(entry(during, "Check yourself").contains("needs action: pass with at least 60%"), during);
        assertTrue(entry(during, "Later page").contains("locked: complete"), during);

        record(course.code(), course.assignment(), person.id(), CompletionFact.Kind.SUBMITTED, null);
        record(course.code(), course.quiz(), person.id(), CompletionFact.Kind.PASSED, 75);
        String after = page(learner, outline);
        assertTrue(entry(after, "Lesson plan").contains("✓ done") && entry(after, "Check yourself").contains("✓ done"),
                after);
        assertTrue(entry(after, "Later page").contains("not started"), after);
        assertTrue(after.contains("href=\"/courses/" + course.code() + "/items/" + course.later() + "\""), after);
    }

    @Test
    void homeShowsEachCourseWithProgressWhatIsLeftAndWhereToContinue() {
        LearnerCourses.Built course = LearnerCourses.withRules(false);
        TestPerson person = aPerson().withLocale("en").enrolledIn(course.code()).create();
        Sessions.Session learner = Sessions.as(person);
        page(learner, "/courses/" + course.code() + "/items/" + course.page());

        String home = page(learner, "/home");
        assertTrue(home.contains("Learning to teach") && home.contains("25%"), home);
        // Continue: the first item not complete in an open module (the page is done, the assignment is next).
        assertTrue(home.contains("Continue: <a href=\"/courses/" + course.code() + "/items/" + course.assignment()
                + "\""), home);
        assertTrue(home.contains("2 of 3 items left"), home);
        String practice = home.substring(home.indexOf("Practice"));
        assertTrue(practice.contains("locked: complete") && practice.contains("1 of 1 items left"), practice);
        assertTrue(home.contains("href=\"/home\"") && home.contains("href=\"/account/notifications\""), home);
        // The outline offers the same place to continue.
        assertTrue(page(learner, "/courses/" + course.code()).contains("Continue where you left off: <a href=\"/courses/"
                + course.code() + "/items/" + course.assignment() + "\""));

        // In Mongolian for a Mongolian learner.
        TestPerson mongolian = aPerson().enrolledIn(course.code()).create();
        Sessions.as(mongolian).given().accept("text/html").when().get("/home").then().statusCode(200)
                .body(containsString("Миний сургалтууд")).body(containsString("Заах арга"))
                .body(containsString("3 зүйлээс 3 нь үлдсэн"));
    }

    @Test
    void homeIsForSignedInPeopleAndSaysSoWhenThereIsNoCourse() {
        given().accept("text/html").redirects().follow(false).when().get("/home").then().statusCode(303)
                .header("Location", containsString("/login?return="));
        Sessions.as(aPerson().withLocale("en").create()).given().accept("text/html").when().get("/home").then()
                .statusCode(200).body(containsString("You are not enrolled in any course yet."));
    }

    @Test
    void comingUpShowsWhatTheSourcesReportInTheLearnersCoursesAndNothingWhenThereIsNothing() {
        LearnerCourses.Built course = LearnerCourses.withRules(false);
        LearnerCourses.Built other = LearnerCourses.withRules(false);
        TestPerson person = aPerson().withLocale("en").enrolledIn(course.code()).create();
        Instant now = Instant.now();
        TestUpcoming.BY_LEARNER.put(person.id(), List.of(
                new Upcoming(Upcoming.Kind.SESSION, course.course().id(), course.later(),
                        now.plus(Duration.ofDays(3)), "Ховд, 1-р сургууль"),
                new Upcoming(Upcoming.Kind.DEADLINE, course.course().id(), course.assignment(),
                        now.plus(Duration.ofDays(2)), null),
                // Beyond the days the home page looks ahead, and in a course the learner is not in.
                new Upcoming(Upcoming.Kind.DEADLINE, course.course().id(), course.quiz(),
                        now.plus(Duration.ofDays(40)), null),
                new Upcoming(Upcoming.Kind.DEADLINE, other.course().id(), other.assignment(),
                        now.plus(Duration.ofDays(1)), null)));
        String home = page(Sessions.as(person), "/home");
        int section = home.indexOf("Coming up");
        assertTrue(section > 0, home);
        String upcoming = home.substring(section, home.indexOf("</section>", section));
        int deadline = upcoming.indexOf("Lesson plan");
        int session = upcoming.indexOf("Later page");
        assertTrue(deadline > 0 && session > deadline, "earliest first: " + upcoming);
        assertTrue(upcoming.contains("Due:") && upcoming.contains("Workshop:") && upcoming.contains("Ховд, 1-р сургууль"),
                upcoming);
        assertFalse(upcoming.contains("Check yourself") || upcoming.contains("/items/" + other.assignment()), upcoming);

        TestPerson nobodyReported = aPerson().withLocale("en").enrolledIn(course.code()).create();
        assertFalse(page(Sessions.as(nobodyReported), "/home").contains("Coming up"));
    }
}
