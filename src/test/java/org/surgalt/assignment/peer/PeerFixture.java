package org.surgalt.assignment.peer;

import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.assignment.AssignmentFixture;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * An assignment due in an hour with peer assessment (2 peers, anonymous unless told, until two
 * hours from now) and four learners who handed in, the first being the assignment fixture's learner.
 */
final class PeerFixture {

    final AssignmentFixture f = new AssignmentFixture();
    final List<TestPerson> people = new ArrayList<>();
    final List<Sessions.Session> learners = new ArrayList<>();
    final List<String> names = new ArrayList<>();

    PeerFixture(boolean anonymous) {
        f.settings(Map.of("dueAt", in(60), "maxPoints", 100));
        people.add(f.learnerPerson);
        learners.add(f.learner);
        names.add(null);
        for (int i = 1; i < 4; i++) {
            String name = "Peer Assessor " + (char) ('A' + i) + System.nanoTime();
            TestPerson person = aPerson().withName(name).enrolledIn(f.course.code()).create();
            people.add(person);
            learners.add(Sessions.as(person));
            names.add(name);
        }
        for (int i = 0; i < learners.size(); i++) {
            json(learners.get(i)).body(Map.of("body", "Lesson plan number " + i)).when()
                    .post(f.api() + "/submission/submit").then().statusCode(200);
        }
        peerSettings(Map.of("enabled", true, "peers", 2, "anonymous", anonymous, "assessUntil", in(120)));
    }

    String peer() {
        return f.api() + "/peer";
    }

    void peerSettings(Map<String, Object> change) {
        Map<String, Object> now = json(f.author).when().get(peer()).then().statusCode(200).extract().jsonPath()
                .getMap("$");
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("version", "enabled", "peers", "allocation", "anonymous", "assessUntil",
                "teacherWeight", "assessingWeight")) {
            body.put(field, now.get(field));
        }
        body.putAll(change);
        json(f.author).body(body).when().put(peer()).then().statusCode(200);
    }

    /**
     * The allocation tick, as if run just after the due date: how many allocations it made for this
     * assignment (the tick allocates every assignment that is due, other tests' too).
     */
    int allocate(PeerAllocationJob job) {
        int before = assessments();
        job.check(Instant.now().plus(61, ChronoUnit.MINUTES));
        return assessments() - before;
    }

    private int assessments() {
        return json(f.grader).when().get(peer() + "/assessments").then().statusCode(200).extract().jsonPath()
                .getList("assessments").size();
    }

    /** The assessment deadline passes: both deadlines are moved into the past (the assessment's after the due date's). */
    void assessmentDeadlinePasses() {
        f.settings(Map.of("dueAt", in(-120), "maxPoints", 100));
        peerSettings(Map.of("assessUntil", in(-60)));
    }

    List<Long> allocatedTo(Sessions.Session learner) {
        return json(learner).when().get(peer() + "/mine").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    /** Learner {@code i} assesses everything allocated to them, each with this body (points, comment). */
    void assessAll(int i, Map<String, ?> body) {
        for (long id : allocatedTo(learners.get(i))) {
            json(learners.get(i)).body(body).when().post(assessment(id)).then().statusCode(200);
        }
    }

    /** After the assessment deadline: a grader finalises, and releases the first learner's grade (its id). */
    long finaliseAndReleaseTheFirst() {
        json(f.grader).when().post(peer() + "/finalise").then().statusCode(200);
        long submission = json(f.learner).when().get(f.api() + "/submission").then().extract().jsonPath()
                .getLong("id");
        json(f.grader).when().post(f.grading() + "/" + submission + "/release").then().statusCode(200);
        return submission;
    }

    String assessment(long id) {
        return "/api/courses/" + f.course.id() + "/peer-assessments/" + id;
    }

    static String in(long minutes) {
        return Instant.now().plus(minutes, ChronoUnit.MINUTES).toString();
    }
}
