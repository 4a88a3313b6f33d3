package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.CohortBuilder.TestCohort;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/** Issue 22: a cohort forum for one team: its members and the cohort's coordinators, nobody else of the cohort. */
@QuarkusTest
class TeamForumTest {

    @Test
    void aTeamsForumIsHiddenFromTheCohortsOtherTeamsAndFromMembersWithoutATeam() {
        TestCohort cohort = CohortBuilder.aCohort().create();
        TestPerson inTeam = aPerson().create();
        TestPerson otherTeam = aPerson().create();
        TestPerson noTeam = aPerson().create();
        for (TestPerson person : new TestPerson[] {inTeam, otherTeam, noTeam}) {
            cohort.join(person, Instant.now());
        }
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        long team = cohort.team("Удирдлагын баг " + suffix, inTeam);
        cohort.team("МТ баг " + suffix, otherTeam);
        long elsewhere = CohortBuilder.aCohort().create().team("Гадны баг " + suffix);
        Session coordinator = Sessions.as(aPerson()
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohort.id())).create());
        String forums = "/discussion/cohorts/" + cohort.code();

        coordinator.given().cookie("lang", "en").accept("text/html").get(forums).then().statusCode(200)
                .body(containsString("<option value=\"" + team + "\">Only the team Удирдлагын баг " + suffix));
        form(coordinator).formParam("title", "Leaders only").formParam("kind", "general")
                .formParam("team", Long.toString(elsewhere)).post(forums).then().statusCode(400)
                .body(containsString("must be a team of this cohort"), containsString("Leaders only"));
        String location = form(coordinator).formParam("title", "Leaders only").formParam("kind", "general")
                .formParam("team", Long.toString(team)).post(forums).then().statusCode(303).extract()
                .header("Location");
        long forum = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Session member = Sessions.as(inTeam);
        member.given().cookie("lang", "en").accept("text/html").get(forums).then().statusCode(200)
                .body(containsString("href=\"/discussion/forums/" + forum + "\""),
                        containsString("Team Удирдлагын баг " + suffix + " only"));
        long thread = DiscussionFixture.thread(member, forum, "Our budget", "Only for the leaders.");

        for (TestPerson outsider : new TestPerson[] {otherTeam, noTeam}) {
            Session other = Sessions.as(outsider);
            other.given().accept("text/html").get(forums).then().statusCode(200)
                    .body(not(containsString("/discussion/forums/" + forum)), not(containsString("Leaders only")));
            other.given().accept("text/html").get("/discussion/forums/{id}", forum).then().statusCode(403)
                    .body(not(containsString("Our budget")));
            other.given().get("/api/discussion/threads/{id}", thread).then().statusCode(403)
                    .body(not(containsString("Only for the leaders")));
            other.given().contentType(ContentType.JSON).body("{\"body\":\"Let me in\"}")
                    .post("/api/discussion/threads/{id}/replies", thread).then().statusCode(403);
        }
        coordinator.given().get("/api/discussion/threads/{id}", thread).then().statusCode(200)
                .body(containsString("Only for the leaders"));
        // The API makes team forums too, and says whose.
        coordinator.given().contentType(ContentType.JSON).body("{\"cohortId\":" + cohort.id()
                + ",\"kind\":\"general\",\"title\":\"Leaders API\",\"teamId\":" + team + "}")
                .post("/api/discussion/forums").then().statusCode(201)
                .body("teamId", org.hamcrest.Matchers.equalTo((int) team));
        coordinator.given().contentType(ContentType.JSON).body("{\"cohortId\":" + cohort.id()
                + ",\"kind\":\"general\",\"title\":\"Elsewhere\",\"teamId\":" + elsewhere + "}")
                .post("/api/discussion/forums").then().statusCode(400);
    }

    private static io.restassured.specification.RequestSpecification form(Session session) {
        return session.form().cookie("lang", "en").contentType(ContentType.URLENC.withCharset("UTF-8"));
    }
}
