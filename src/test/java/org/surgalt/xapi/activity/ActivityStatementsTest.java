package org.surgalt.xapi.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.xapi.XapiStatements;

/** Every kind of record maps to the verb and result deploy/XAPI-PROFILE.md promises, and the LRS accepts each. */
@QuarkusTest
class ActivityStatementsTest {

    @Inject
    ActivityStatements statements;
    @Inject
    XapiStatements lrs;

    private static long ids = System.nanoTime();
    /** No such user: these statements must not be found as any test person's. */
    private static final long NOBODY = 987_654_321_000L;

    private static ActivityRecord fact(String kind, String itemKind, Integer score, String source) {
        return new ActivityRecord(ActivityRecord.FACTS, ++ids, NOBODY, null, kind, score, source, Instant.now(), 2,
                "profile-course", "Course", "Сургалт", 7, itemKind, "Item", null, null, null);
    }

    @Test
    void eachKindHasItsVerbAndTheLrsAcceptsItsStatement() {
        Map<ActivityRecord, String> expected = Map.of(
                fact("VIEWED", "PAGE", null, "web"), "http://adlnet.gov/expapi/verbs/experienced",
                fact("VIEWED", "VIDEO", null, "web"), "http://adlnet.gov/expapi/verbs/completed",
                fact("SUBMITTED", "QUIZ", 80, "quiz"), "http://adlnet.gov/expapi/verbs/completed",
                fact("SUBMITTED", "ASSIGNMENT", null, "assignment"), "http://activitystrea.ms/schema/1.0/submit",
                fact("GRADED", "ASSIGNMENT", 75, "assignment"), "http://adlnet.gov/expapi/verbs/scored",
                fact("PASSED", "QUIZ", 90, "quiz"), "http://adlnet.gov/expapi/verbs/passed",
                fact("ATTENDED", "SESSION", null, "attendance"), "http://adlnet.gov/expapi/verbs/attended",
                fact("WAIVED", "SESSION", null, "attendance"), "https://w3id.org/xapi/adl/verbs/waived",
                fact("COMPLETED", "PACKAGE", 100, "scorm"), "http://adlnet.gov/expapi/verbs/completed",
                new ActivityRecord(ActivityRecord.CERTIFICATES, ++ids, NOBODY, null, "CERTIFICATE", null, "certificate",
                        Instant.now(), 2, "profile-course", "Course", null, 0, null, null, null, "code123", null),
                "http://id.tincanapi.com/verb/earned");
        List<ObjectNode> all = new ArrayList<>();
        expected.forEach((record, verb) -> {
            ObjectNode statement = statements.of(record).orElseThrow();
            assertEquals(verb, statement.path("verb").path("id").asText(), record.kind() + " " + record.itemKind());
            all.add(statement);
        });
        ObjectNode quiz = statements.of(fact("PASSED", "QUIZ", 90, "quiz")).orElseThrow();
        assertEquals(0.9, quiz.path("result").path("score").path("scaled").asDouble());
        assertTrue(quiz.path("result").path("success").asBoolean());
        assertEquals(all.size(), lrs.store(lrs.lms(), all).size());
    }

    @Test
    void contentThatReportsItselfIsNotWrittenTwiceAndARevocationVoidsTheAttendance() {
        assertTrue(statements.of(fact("PASSED", "PACKAGE", 90, "cmi5")).isEmpty());
        assertTrue(statements.of(fact("COMPLETED", "PACKAGE", null, "h5p")).isEmpty());
        ActivityRecord revoked = new ActivityRecord(ActivityRecord.FACTS, ++ids, NOBODY, null, "REVOKED", null, "attendance",
                Instant.now(), 2, "c", "C", null, 7, "SESSION", "S", null, null, 41L);
        ObjectNode voiding = statements.of(revoked).orElseThrow();
        assertEquals("http://adlnet.gov/expapi/verbs/voided", voiding.path("verb").path("id").asText());
        assertEquals(statements.id(ActivityRecord.FACTS, 41).toString(), voiding.path("object").path("id").asText());
    }
}
