package org.surgalt.quiz;

import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** A published course with a quiz item (pass mark 60 %), its author and an enrolled learner, driven over the API. */
final class QuizFixture {

    final Course course;
    final long quizId;
    final Sessions.Session author;
    final TestPerson learnerPerson;
    final Sessions.Session learner;

    QuizFixture() {
        course = aCourse().withQuiz("Check yourself", "Өөрийгөө шалгах").create();
        quizId = course.modules().get(0).items().get(1).id();
        author = Sessions.as(aPerson().withRole(Role.AUTHOR).withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        learnerPerson = aPerson().enrolledIn(course.code()).create();
        learner = Sessions.as(learnerPerson);
    }

    long question(Map<String, Object> question) {
        return author.given().contentType(ContentType.JSON).body(question)
                .when().post("/api/courses/{c}/questions", course.id())
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    JsonPath questionJson(long id) {
        return author.given().when().get("/api/courses/{c}/questions/{q}", course.id(), id).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Settings: the pool plus whatever else is given (review defaults to answers here). */
    void settings(List<Long> pool, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("questions", pool, "review", "answers"));
        body.putAll(more);
        author.given().contentType(ContentType.JSON).body(body)
                .when().put("/api/courses/{c}/quizzes/{i}", course.id(), quizId).then().statusCode(200);
    }

    ValidatableResponse start(Sessions.Session who) {
        return who.given().contentType(ContentType.JSON)
                .when().post("/api/courses/{c}/quizzes/{i}/attempts", course.id(), quizId).then();
    }

    long startNew() {
        return start(learner).statusCode(201).extract().jsonPath().getLong("id");
    }

    ValidatableResponse save(Sessions.Session who, long attemptId, Map<String, List<String>> answers) {
        return who.given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().put("/api/courses/{c}/quizzes/{i}/attempts/{a}/answers", course.id(), quizId, attemptId)
                .then();
    }

    ValidatableResponse submit(Sessions.Session who, long attemptId, Map<String, List<String>> answers) {
        return who.given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/courses/{c}/quizzes/{i}/attempts/{a}/submission", course.id(), quizId, attemptId)
                .then();
    }

    JsonPath attempt(long attemptId) {
        return learner.given().when()
                .get("/api/courses/{c}/quizzes/{i}/attempts/{a}", course.id(), quizId, attemptId)
                .then().statusCode(200).extract().jsonPath();
    }

    boolean quizComplete() {
        CourseContent content = Arc.container().instance(CourseService.class).get().published(course.code());
        return Arc.container().instance(ProgressService.class).get().of(learnerPerson.id(), content)
                .isComplete(quizId);
    }

    /** How many facts of this kind the learner has for the quiz. */
    long facts(CompletionFact.Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createQuery("select count(f) from CompletionFact f where f.userId = ?1 and f.itemId = ?2 "
                        + "and f.kind = ?3", Long.class)
                .setParameter(1, learnerPerson.id()).setParameter(2, quizId).setParameter(3, kind)
                .getSingleResult());
    }

    /** The tests' quiz clock, which they move forward. */
    static MovableQuizClock clock() {
        return (MovableQuizClock) io.quarkus.arc.ClientProxy.unwrap(Arc.container().instance(QuizClock.class).get());
    }

    static Map<String, Object> singleChoice(String prompt, String right, String... wrong) {
        List<Map<String, Object>> options = new java.util.ArrayList<>();
        options.add(Map.of("text", right, "correct", true));
        for (String text : wrong) {
            options.add(Map.of("text", text, "correct", false));
        }
        return Map.of("kind", "single_choice", "prompt", prompt, "options", options);
    }

    /** The id of the option with this text in a question's JSON (bank or attempt). */
    static String option(JsonPath question, String path, String text) {
        List<Map<String, Object>> options = question.getList(path);
        return options.stream().filter(o -> text.equals(o.get("text"))).findFirst()
                .map(o -> String.valueOf(o.get("id"))).orElseThrow(() -> new AssertionError("no option " + text));
    }
}
