package org.surgalt.course.release;

import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import org.surgalt.cohort.CohortService;
import org.surgalt.cohort.NewCohort;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/**
 * A published course whose items open on each kind of condition. Module 1: Page 1.1 (members of a
 * cohort only), Page 1.2, Quiz 1. Module 2: Page 2.1 (after Page 1.2 AND 60 % on Quiz 1), Page 2.2
 * (on 12 January 2099). Module 3 (teachers of one school only): Page 3.1, Page 3.2.
 */
public final class ReleaseFixture {

    public static final String OPENS_AT = "2099-01-11T16:00:00Z"; // 12 January 2099, midnight in Ulaanbaatar

    public final Course course;
    public final long page11;
    public final long page12;
    public final long quiz;
    public final long page21;
    public final long page22;
    public final long page31;
    public final long module2;
    public final long module3;
    public final Session author;
    public final String schoolName;
    public final long school;
    public final String cohortName;
    public final long cohort;
    public final String schoolCode;
    public final String cohortMemberEmail;
    public final TestPerson cohortMember;
    public final TestPerson cohortCoordinator;

    public ReleaseFixture() {
        course = aCourse().withModules(3).withItemsPerModule(2).withQuiz("Quiz 1", null).asDraft().create();
        page11 = course.modules().get(0).items().get(0).id();
        page12 = course.modules().get(0).items().get(1).id();
        quiz = course.modules().get(0).items().get(2).id();
        module2 = course.modules().get(1).id();
        page21 = course.modules().get(1).items().get(0).id();
        page22 = course.modules().get(1).items().get(1).id();
        module3 = course.modules().get(2).id();
        page31 = course.modules().get(2).items().get(0).id();
        author = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());

        String suffix = System.nanoTime() % 1_000_000 + "";
        schoolCode = "release-school-" + suffix;
        aPerson().inInstitution(schoolCode).create();
        schoolName = "Туршилтын сургууль " + schoolCode;
        school = QuarkusTransaction.requiringNew().call(() ->
                Arc.container().instance(IdentityService.class).get().institution(schoolCode).id());
        cohortMember = aPerson().withLocale("en").enrolledIn(course.code()).create();
        cohortMemberEmail = cohortMember.email();
        cohortCoordinator = aPerson().withRole(Role.COORDINATOR).create();
        TestPerson coordinator = cohortCoordinator;
        cohortName = "Release cohort " + suffix;
        cohort = Arc.container().instance(CohortService.class).get().createIfAbsent(
                new NewCohort("release-" + suffix, cohortName, null, null, null), coordinator.email(),
                List.of(course.code()), List.of(cohortMemberEmail)).orElseThrow().id();

        put("items", page11, Map.of("cohorts", List.of(cohort)));
        put("items", page21, Map.of("items", List.of(page12), "quizItem", quiz, "quizAtLeast", 60));
        put("items", page22, Map.of("opensAt", OPENS_AT));
        put("modules", module3, Map.of("institutions", List.of(school)));
        Publishing.publish(author, course.id());
    }

    public void put(String kind, long id, Map<String, Object> conditions) {
        author.given().contentType(ContentType.JSON).accept(ContentType.JSON).body(conditions)
                .when().put("/api/courses/{c}/release/" + kind + "/{i}", course.id(), id).then().statusCode(200);
    }

    /** A learner's score on Quiz 1, recorded as a finished attempt records it (passed at 60 %). */
    public void scored(long userId, int score) {
        CourseContent version = Arc.container().instance(CourseService.class).get().published(course.code());
        ProgressService progress = Arc.container().instance(ProgressService.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            progress.record(userId, version, version.item(quiz).orElseThrow(), CompletionFact.Kind.SUBMITTED, score,
                    "quiz");
            if (score >= 60) {
                progress.record(userId, version, version.item(quiz).orElseThrow(), CompletionFact.Kind.PASSED,
                        score, "quiz");
            }
        });
    }
}
