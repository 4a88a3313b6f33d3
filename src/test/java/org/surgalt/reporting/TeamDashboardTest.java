package org.surgalt.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Issue 22: the cohort dashboard filtered by team. The team holds members 1 and 3 of five, of two
 * schools in two aimags: 2 of 5 and 3 of 5 items done, none complete; module 1 reached by both and
 * completed by member 3; member 1 last active 20 days ago (inactive after 14), member 3 excused from
 * the workshop (not attended), member 1 late (attended).
 */
@QuarkusTest
class TeamDashboardTest {

    @Test
    void aTeamsDashboardCountsOnlyItsMembersAndItsExportsToo() {
        CohortFixture cohort = new CohortFixture(2, 2, 1, 2);
        List<TestPerson> m = cohort.members;
        cohort.progress(m.get(0), 5, 5, true, 1);
        cohort.moduleProgress(m.get(0), 0, 3, 3);
        cohort.progress(m.get(1), 2, 5, false, 20);
        cohort.moduleProgress(m.get(1), 0, 2, 3);
        cohort.progress(m.get(3), 3, 5, false, 3);
        cohort.moduleProgress(m.get(3), 0, 3, 3);
        cohort.progress(m.get(4), 5, 5, true, 30);
        cohort.session("PRESENT", "LATE", "ABSENT", "EXCUSED", null);
        long team = CohortBuilder.sql("INSERT INTO cohort_team (cohort_id, name) VALUES (?1, ?2)", cohort.cohortId,
                "Уулзалтын баг " + cohort.suffix);
        for (int member : new int[] {1, 3}) {
            CohortBuilder.sql("INSERT INTO cohort_team_member (team_id, cohort_id, user_id) VALUES (?1, ?2, ?3)", team,
                    cohort.cohortId, m.get(member).id());
        }
        TestPerson coordinator = aPerson().withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT,
                cohort.cohortId)).create();
        String base = "/reports/cohorts/" + cohort.cohortCode;

        String whole = get(coordinator, base).then().statusCode(200).extract().asString();
        assertTrue(whole.contains("<option value=\"" + team + "\">Уулзалтын баг " + cohort.suffix + "</option>"), whole);

        String page = get(coordinator, base + "?team=" + team).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<option value=\"" + team + "\" selected>"), page);
        assertTrue(page.contains("Teachers of Уулзалтын баг " + cohort.suffix), page);
        assertTrue(page.contains(m.get(1).email()) && page.contains(m.get(3).email()), page);
        for (int other : new int[] {0, 2, 4}) {
            assertFalse(page.contains(m.get(other).email()), "only the team's members: " + page);
        }
        assertTrue(page.contains(">2 reached, 1 completed of 2</text>"), page);
        assertTrue(page.contains("export.csv?team=" + team + "&amp;table=inactive"), "exports keep the team: " + page);

        String inactive = get(coordinator, base + "/export.csv?team=" + team + "&table=inactive").then().statusCode(200)
                .extract().asString();
        assertTrue(inactive.contains(m.get(1).email()) && !inactive.contains(m.get(3).email())
                && !inactive.contains(m.get(4).email()), inactive);
        String absent = get(coordinator, base + "/export.csv?team=" + team + "&table=not-attended").then()
                .statusCode(200).extract().asString();
        assertTrue(absent.contains(m.get(3).email()) && !absent.contains(m.get(1).email())
                && !absent.contains(m.get(2).email()), absent);

        io.restassured.path.json.JsonPath api = Sessions.as(coordinator).given().queryParam("team", team).when()
                .get("/api/reports/cohorts/" + cohort.cohortId).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(2, api.getInt("total.learners"));
        org.junit.jupiter.api.Assertions.assertEquals(0, api.getInt("total.completed"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(2, 0), api.getList("funnels[0].modules.reached"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(1, 0), api.getList("funnels[0].modules.completed"));
        org.junit.jupiter.api.Assertions.assertEquals(1, api.getInt("inactive.count"));
        org.junit.jupiter.api.Assertions.assertEquals(1, api.getInt("notAttended.count"));

        long elsewhere = CohortBuilder.sql("INSERT INTO cohort_team (cohort_id, name) VALUES (?1, 'Гадны')",
                CohortBuilder.aCohort().create().id());
        get(coordinator, base + "?team=" + elsewhere).then().statusCode(400);
        get(coordinator, base + "?team=abc").then().statusCode(400);
    }

    private static io.restassured.response.Response get(TestPerson person, String path) {
        RequestSpecification request = Sessions.as(person).given().cookie("lang", "en").accept("text/html")
                .redirects().follow(false).urlEncodingEnabled(false);
        return request.when().get(path);
    }
}
