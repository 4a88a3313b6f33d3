package org.surgalt.xapi.activity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.xapi.Lrs;
import org.surgalt.xapi.XapiAgents;

/**
 * Surgalt's own activity reaches the LRS after the learner's request, under the learner's
 * institution, once, as deploy/XAPI-PROFILE.md says.
 */
@QuarkusTest
class OwnActivityExportTest {

    private static final String V1 = "1.0.3";

    @Inject
    OwnActivityExport export;
    @Inject
    XapiAgents agents;
    @Inject
    EntityManager em;

    @Test
    void aLessonReadAndACertificateBecomeStatementsForTheLearnersInstitutionOnlyAndOnce() {
        String school = "own-" + UUID.randomUUID().toString().substring(0, 8);
        Course course = aCourse().withModules(1).withItemsPerModule(1).create();
        long itemId = course.modules().get(0).items().get(0).id();
        TestPerson learner = aPerson().inInstitution(school).enrolledIn(course.code()).create();
        Sessions.as(learner).given().get("/courses/{c}/items/{i}", course.code(), itemId).then().statusCode(200);
        String agent = agents.learner(learner.id(), null).toString();
        Lrs.Client ownSchool = Lrs.client(school, true, false);

        // Not before it has settled: a transaction that took an earlier id may still commit.
        export.exportAll(Instant.now().minusSeconds(3600));
        ownSchool.given(V1).queryParam("agent", agent).get("/xapi/statements").then().statusCode(200)
                .body("statements", hasSize(0));

        export.exportAll(Instant.now().plusSeconds(1));
        // The one-item course is complete, and its certificate issued: two statements, newest first.
        ownSchool.given(V1).queryParam("agent", agent).get("/xapi/statements").then().statusCode(200)
                .body("statements", hasSize(2))
                .body("statements[0].verb.id", equalTo("http://id.tincanapi.com/verb/earned"))
                .body("statements[0].object.definition.type",
                        equalTo("https://w3id.org/xapi/tla/activity-types/credential"));
        JsonPath found = ownSchool.given(V1).queryParam("agent", agent)
                .queryParam("verb", "http://adlnet.gov/expapi/verbs/experienced").get("/xapi/statements").then()
                .statusCode(200).body("statements", hasSize(1)).extract().jsonPath();
        String item = agents.homePage() + "/courses/" + course.code() + "/items/" + itemId;
        assertEquals("http://adlnet.gov/expapi/verbs/experienced", found.getString("statements[0].verb.id"));
        assertEquals(item, found.getString("statements[0].object.id"));
        assertEquals(agents.homePage() + "/courses/" + course.code(),
                found.getString("statements[0].context.contextActivities.parent[0].id"));
        assertEquals(ActivityStatements.PROFILE, found.getString("statements[0].context.contextActivities.category[0].id"));
        assertEquals(Long.toString(learner.id()), found.getString("statements[0].actor.account.name"));

        // Another institution's client does not see it.
        Lrs.client(PersonBuilderSchools.other(), true, false).given(V1).queryParam("agent", agent)
                .get("/xapi/statements").then().statusCode(200).body("statements", hasSize(0));

        // Written again from the start (a batch stored twice): the same ids, nothing new, no conflict.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE xapi_export_cursor SET last_id = 0")
                .executeUpdate());
        assertTrue(export.exportAll(Instant.now().plusSeconds(1)) > 0);
        ownSchool.given(V1).queryParam("agent", agent).get("/xapi/statements").then().statusCode(200)
                .body("statements", hasSize(2)).body("statements[1].id", equalTo(found.getString("statements[0].id")));
    }

    /** Institutions of other tests' people. */
    private static final class PersonBuilderSchools {
        static String other() {
            String code = "own-other-" + UUID.randomUUID().toString().substring(0, 8);
            aPerson().inInstitution(code).create();
            return code;
        }
    }
}
