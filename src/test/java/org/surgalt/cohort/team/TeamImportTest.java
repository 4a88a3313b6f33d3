package org.surgalt.cohort.team;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/** The enrolment file's team (or group) column: checked and shown by the dry run, applied by the commit. */
@QuarkusTest
class TeamImportTest {

    @Test
    void theGroupColumnPutsPeopleIntoTeamsMadeWhenMissingAndTheDryRunSaysWhich() {
        TeamFixture f = new TeamFixture();
        long it = f.team("IT баг");
        TestPerson moving = f.member(f.khovd);
        f.team("Хуучин баг", moving);
        String newcomer = "new-" + f.unique + "@team.test";
        String alone = "alone-" + f.unique + "@team.test";
        byte[] csv = ("email,name,institution_code,group\n"
                + newcomer + ",Шинэ Багш," + f.khovd + ",Удирдлагын баг\n"
                + moving.email() + ",Нүүх Багш," + f.khovd + ",it баг\n"
                + alone + ",Ганц Багш," + f.ub + ",\n").getBytes(StandardCharsets.UTF_8);

        Response dryRun = upload(f, "/import", csv, null);
        dryRun.then().statusCode(200).body(containsString("<th scope=\"col\">Team</th>"),
                containsString("Удирдлагын баг (a new team)"), containsString("<td>it баг</td>"));
        assertEquals(2, TeamFixture.count("SELECT COUNT(*) FROM cohort_team WHERE cohort_id = ?1", f.cohort.id()),
                "a dry run makes nothing");

        Matcher sha = Pattern.compile("name=\"sha256\" value=\"([0-9a-f]{64})\"").matcher(dryRun.asString());
        assertEquals(true, sha.find());
        upload(f, "/import/commit", csv, sha.group(1)).then().statusCode(303);

        long made = TeamFixture.count("SELECT id FROM cohort_team WHERE cohort_id = ?1 AND name = 'Удирдлагын баг'",
                f.cohort.id());
        assertEquals(made, TeamFixture.count("SELECT m.team_id FROM cohort_team_member m JOIN app_user u"
                + " ON u.id = m.user_id WHERE u.email = ?1", newcomer));
        assertEquals(it, TeamFixture.count("SELECT team_id FROM cohort_team_member WHERE user_id = ?1", moving.id()),
                "moved into the team the file names, matched without case");
        assertEquals(0, TeamFixture.count("SELECT COUNT(*) FROM cohort_team_member m JOIN app_user u"
                + " ON u.id = m.user_id WHERE u.email = ?1", alone));
    }

    @Test
    void aTeamNameTooLongIsARowErrorAndNothingIsWritten() {
        TeamFixture f = new TeamFixture();
        String email = "long-" + f.unique + "@team.test";
        byte[] csv = ("email,name,institution_code,team\n" + email + ",Урт Нэр," + f.khovd + "," + "б".repeat(101)
                + "\n").getBytes(StandardCharsets.UTF_8);
        upload(f, "/import", csv, null).then().statusCode(200)
                .body(containsString("The team&#39;s name is longer than 100 characters."));
        f.session.given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("dryRun", false)
                .when().post("/api/cohorts/{id}/members/import", f.cohort.id()).then().statusCode(422)
                .body("errors[0].error", containsString("the team's name is longer than 100 characters"));
        assertEquals(0, TeamFixture.count("SELECT COUNT(*) FROM app_user WHERE email = ?1", email));
    }

    private static Response upload(TeamFixture f, String path, byte[] csv, String sha256) {
        var request = f.session.given().cookie("lang", "en").queryParam("_csrf", f.session.csrf())
                .multiPart("file", "teachers.csv", csv, "text/csv");
        if (sha256 != null) {
            request.multiPart("sha256", sha256);
        }
        return request.redirects().follow(false).when().post("/cohorts/" + f.cohort.code() + path);
    }
}
