package org.surgalt.cohort.team;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** A coordinator runs a cohort's teams on its pages, without JavaScript. */
@QuarkusTest
class TeamPagesTest {

    @Test
    void aCoordinatorCreatesRenamesFillsAndDeletesATeam() {
        TeamFixture f = new TeamFixture();
        TestPerson bold = f.member(f.khovd);
        TestPerson outsider = aPerson().create();
        String teams = "/cohorts/" + f.cohort.code() + "/teams";

        f.session.given().cookie("lang", "en").when().get("/cohorts/" + f.cohort.code()).then().statusCode(200)
                .body(containsString("<a href=\"" + teams + "\">Teams</a>"));
        f.session.given().cookie("lang", "en").when().get(teams).then().statusCode(200)
                .body(containsString("No teams yet."), containsString("One team per school"));

        String location = form(f.session).formParam("name", "  Удирдлагын баг ").when().post(teams).then()
                .statusCode(303).extract().header("Location");
        long teamId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String team = teams + "/" + teamId;

        // Field errors in the reader's language, what was typed kept.
        form(f.session).cookie("lang", "mn").formParam("name", "Удирдлагын баг").when().post(teams).then()
                .statusCode(400).body(containsString("энэ бүлгийн өөр багийн нэр байна"), containsString("Нэр"),
                        containsString("value=\"Удирдлагын баг\""));
        form(f.session).cookie("lang", "en").formParam("email", outsider.email()).when().post(team + "/members")
                .then().statusCode(400).body(containsString("is not the email of a member of this cohort"),
                        containsString("value=\"" + outsider.email() + "\""));

        form(f.session).formParam("email", bold.email().toUpperCase()).when().post(team + "/members").then()
                .statusCode(303).header("Location", containsString(team));
        f.session.given().cookie("lang", "en").when().get(team).then().statusCode(200)
                .body(containsString("Team Удирдлагын баг"), containsString(bold.email()),
                        containsString("/members/" + bold.id() + "/remove"));
        f.session.given().cookie("lang", "en").when().get(teams).then().statusCode(200)
                .body(containsString("<td>1</td>"));

        form(f.session).formParam("name", "МТ-ийн баг").when().post(team + "/rename").then().statusCode(303);
        form(f.session).cookie("lang", "en").formParam("name", "").when().post(team + "/rename").then().statusCode(400)
                .body(containsString("must be 1 to 100 characters"));
        form(f.session).when().post(team + "/members/" + bold.id() + "/remove").then().statusCode(303);
        assertEquals(0, TeamFixture.count("SELECT COUNT(*) FROM cohort_team_member WHERE team_id = ?1", teamId));
        assertEquals(1, TeamFixture.count("SELECT COUNT(*) FROM cohort_member WHERE user_id = ?1", bold.id()),
                "taken out of the team, still in the cohort");
        f.session.given().cookie("lang", "en").when().get(teams).then().statusCode(200)
                .body(containsString("МТ-ийн баг"), not(containsString("Удирдлагын баг")));

        form(f.session).when().post(team + "/delete").then().statusCode(303).header("Location", containsString(teams));
        f.session.given().when().get(team).then().statusCode(404);
        assertEquals(1, org.surgalt.testsupport.AuditRows.of("team.delete", "team", teamId).size());
    }

    @Test
    void onlyTheCohortsCoordinatorsRunItsTeamsAndATeamIsReachedOnlyThroughItsCohort() {
        TeamFixture f = new TeamFixture();
        TeamFixture other = new TeamFixture();
        long otherTeam = other.team("Өөр баг");
        TestPerson member = f.member(f.khovd);
        Sessions.Session learner = Sessions.as(member);
        Sessions.Session coordinatorElsewhere = Sessions.as(aPerson()
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, other.cohort.id())).create());

        learner.given().when().get("/cohorts/" + f.cohort.code() + "/teams").then().statusCode(403);
        coordinatorElsewhere.given().when().get("/cohorts/" + f.cohort.code() + "/teams").then().statusCode(403);
        form(coordinatorElsewhere).formParam("name", "Нэвтэрсэн").when().post("/cohorts/" + f.cohort.code() + "/teams")
                .then().statusCode(403);
        // Another cohort's team through this cohort: not found, and unchanged.
        f.session.given().when().get("/cohorts/" + f.cohort.code() + "/teams/" + otherTeam).then().statusCode(404);
        form(f.session).formParam("name", "Сольсон").when()
                .post("/cohorts/" + f.cohort.code() + "/teams/" + otherTeam + "/rename").then().statusCode(404);
        assertEquals(1, TeamFixture.count("SELECT COUNT(*) FROM cohort_team WHERE id = ?1 AND name = 'Өөр баг'",
                otherTeam));
    }

    @Test
    void oneTeamPerSchoolPlacesEachMemberWithNoTeamAndDoingItAgainChangesNothing() {
        TeamFixture f = new TeamFixture();
        TestPerson a1 = f.member(f.khovd);
        TestPerson a2 = f.member(f.khovd);
        TestPerson b1 = f.member(f.ub);
        TestPerson placedByHand = f.member(f.ub);
        long own = f.team("Өөрсдийн баг", placedByHand);
        String teams = "/cohorts/" + f.cohort.code() + "/teams";

        form(f.session).when().post(teams + "/per-school").then().statusCode(303)
                .header("Location", containsString("created=2&placed=3"));
        f.session.given().cookie("lang", "en").when().get(teams + "?created=2&placed=3").then().statusCode(200)
                .body(containsString("2 teams were made and 3 members placed in teams."),
                        containsString("Буянт сумын сургууль " + f.unique));
        assertEquals(1, TeamFixture.count("SELECT COUNT(DISTINCT team_id) FROM cohort_team_member WHERE user_id IN (?1, ?2)",
                a1.id(), a2.id()));
        assertEquals(own, TeamFixture.count("SELECT team_id FROM cohort_team_member WHERE user_id = ?1",
                placedByHand.id()), "placed by hand: stays");

        TestPerson newcomer = f.member(f.ub);
        form(f.session).when().post(teams + "/per-school").then().statusCode(303)
                .header("Location", containsString("created=0&placed=1"));
        assertEquals(TeamFixture.count("SELECT team_id FROM cohort_team_member WHERE user_id = ?1", b1.id()),
                TeamFixture.count("SELECT team_id FROM cohort_team_member WHERE user_id = ?1", newcomer.id()));
        form(f.session).when().post(teams + "/per-school").then().statusCode(303)
                .header("Location", containsString("created=0&placed=0"));
        assertEquals(3, TeamFixture.count("SELECT COUNT(*) FROM cohort_team WHERE cohort_id = ?1", f.cohort.id()));
    }

    @Test
    void theApiRunsTeamsAsThePagesDo() {
        TeamFixture f = new TeamFixture();
        TestPerson member = f.member(f.khovd);
        TestPerson outsider = aPerson().create();
        String base = "/api/cohorts/" + f.cohort.id() + "/teams";

        long id = f.session.given().contentType("application/json").body("{\"name\":\"IT баг\"}").when().post(base)
                .then().statusCode(201).header("Location", containsString(base + "/")).extract().jsonPath()
                .getLong("id");
        f.session.given().contentType("application/json").body("{\"name\":\"IT баг\"}").when().post(base).then()
                .statusCode(400).contentType("application/problem+json");
        f.session.given().when().put(base + "/" + id + "/members/" + member.id()).then().statusCode(204);
        f.session.given().when().put(base + "/" + id + "/members/" + outsider.id()).then().statusCode(404);
        f.session.given().when().get(base + "/" + id).then().statusCode(200)
                .body("members[0].email", org.hamcrest.Matchers.equalTo(member.email()));
        f.session.given().when().get(base).then().statusCode(200).body("[0].members", org.hamcrest.Matchers.equalTo(1));
        f.session.given().contentType("application/json").body("{\"name\":\"МТ баг\"}").when().put(base + "/" + id)
                .then().statusCode(200).body("name", org.hamcrest.Matchers.equalTo("МТ баг"));
        f.session.given().when().delete(base + "/" + id + "/members/" + member.id()).then().statusCode(204);
        f.session.given().when().delete(base + "/" + id + "/members/" + member.id()).then().statusCode(404);
        f.session.given().when().post(base + "/per-school").then().statusCode(200).body("created",
                org.hamcrest.Matchers.equalTo(1));
        f.session.given().when().delete(base + "/" + id).then().statusCode(204);
        Sessions.as(member).given().when().get(base).then().statusCode(403);
    }

    /** A page's form as a browser posts it, in UTF-8. */
    static io.restassured.specification.RequestSpecification form(Sessions.Session session) {
        return session.form().contentType(io.restassured.http.ContentType.URLENC.withCharset("UTF-8"));
    }
}
