package org.surgalt.cohort;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.cohort.CohortFixture.KHOVD;
import static org.surgalt.cohort.CohortFixture.UB;
import static org.surgalt.cohort.CohortFixture.utf8;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Bulk enrolment by CSV, through the pages (real multipart uploads) and the API, on the real database. */
@QuarkusTest
class CohortImportTest {

    private static final Pattern SHA = Pattern.compile("name=\"sha256\" value=\"([0-9a-f]{64})\"");

    @Test
    void aDryRunWritesNothingTheCommitEnrolsEveryoneAndTheSameFileAgainChangesNothing() {
        CohortFixture cohort = new CohortFixture();
        // Of the coordinator's own institution: she sees whose account it is.
        TestPerson existing = aPerson().withEmail(cohort.email("existing")).create();
        String csv = "\uFEFFName,EMAIL,institution_code,Locale\r\n"
                + "Батбаярын Болд," + cohort.email("bold") + "," + KHOVD + ",mn\r\n"
                + "\"Ганбаатарын Сарангэрэл, багш\"," + cohort.email("sarangerel") + "," + UB + ",en\r\n"
                + "Өөр Нэр," + cohort.email("existing").toUpperCase(java.util.Locale.ROOT) + "," + KHOVD + ",\r\n";

        String page = cohort.dryRun(utf8(csv)).then().statusCode(200)
                .body(containsString("nothing has been written"), containsString("New people: 2"),
                        containsString("People already in Surgalt who join the cohort: 1"),
                        containsString("Errors: 0"), containsString("Батбаярын Болд"),
                        containsString("Surgalt has this person at " + PersonBuilder.INSTITUTION + "; the file says "
                                + KHOVD))
                .extract().asString();
        assertEquals(1, cohort.users(), "the dry run created nobody (the existing person is the only one)");
        assertEquals(0, cohort.members());
        assertEquals(0, cohort.imports());

        cohort.commit(utf8(csv), sha(page)).then().statusCode(303)
                .header("Location", containsString("/cohorts/" + cohort.code + "?imported=3&added=3"));
        assertEquals(3, cohort.members());
        assertEquals(3, cohort.enrolments(), "every member is enrolled in the cohort's course");
        assertEquals(3, cohort.users());
        assertEquals(1, cohort.imports());
        assertEquals("Батбаярын Болд", CohortFixture.displayName(cohort.email("bold")));
        assertEquals("Ганбаатарын Сарангэрэл, багш", CohortFixture.displayName(cohort.email("sarangerel")));
        assertEquals("Тест Хэрэглэгч", CohortFixture.displayName(existing.email()), "a matched person keeps their name");
        assertEquals("en", CohortFixture.text("select locale from app_user where email = ?", cohort.email("sarangerel")));

        cohort.session.given().cookie("lang", "en").when().get("/cohorts/" + cohort.code).then().statusCode(200)
                .body(containsString("3 members"), containsString("Батбаярын Болд"), containsString("Ховд"),
                        containsString("Буянт"), containsString("Сүхбаатар"));

        String again = cohort.dryRun(utf8(csv)).then().statusCode(200)
                .body(containsString("New people: 0"), containsString("Already members (no change): 3"))
                .extract().asString();
        cohort.commit(utf8(csv), sha(again)).then().statusCode(303);
        assertEquals(3, cohort.members());
        assertEquals(3, cohort.enrolments());
        assertEquals(3, cohort.users());
    }

    @Test
    void aDryRunSaysAnAddressHasAnAccountButNotWhoseWhenTheCoordinatorCannotSeeThem() {
        CohortFixture cohort = new CohortFixture();
        aPerson().withEmail(cohort.email("elsewhere")).withName("Нууцын Дорж").inInstitution(KHOVD).create();
        byte[] csv = utf8("email,name,institution_code\n" + cohort.email("elsewhere") + ",Файлын Нэр," + UB + "\n");

        cohort.dryRun(csv).then().statusCode(200)
                .body(containsString("People already in Surgalt who join the cohort: 1"),
                        containsString("Existing person, joins"), containsString("Файлын Нэр"),
                        containsString("not among the people you coordinate"),
                        not(containsString("Нууцын Дорж")), not(containsString(KHOVD)), not(containsString("Ховд")));
        cohort.api(csv, true).then().statusCode(200)
                .body("totals.matched", equalTo(1)).body("rows[0].outcome", equalTo("matched"))
                .body("rows[0].name", equalTo("Файлын Нэр")).body("rows[0].institution", equalTo(UB))
                .body("rows[0].note", containsString("not shown"))
                .body(not(containsString("Нууцын Дорж")), not(containsString(KHOVD)));
        // A site admin sees whose account it is, and where Surgalt has them.
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("dryRun", true).when().post("/api/cohorts/{id}/members/import", cohort.cohortId).then()
                .statusCode(200).body("rows[0].name", equalTo("Нууцын Дорж"))
                .body("rows[0].note", containsString(KHOVD));
    }

    @Test
    void theCommitWritesOnlyTheFileThatWasChecked() {
        CohortFixture cohort = new CohortFixture();
        byte[] checked = utf8("email,name,institution_code\n" + cohort.email("a") + ",Анх,"  + KHOVD + "\n");
        byte[] other = utf8("email,name,institution_code\n" + cohort.email("b") + ",Өөр," + KHOVD + "\n");
        String page = cohort.dryRun(checked).then().statusCode(200).extract().asString();
        cohort.commit(other, sha(page)).then().statusCode(409)
                .body(containsString("This is not the file you checked"), containsString(cohort.email("b")));
        assertEquals(0, cohort.members());
        assertEquals(0, cohort.users());
    }

    @Test
    void theApiChecksThenCommitsAndAddingACourseEnrolsTheMembers() {
        CohortFixture cohort = new CohortFixture();
        byte[] csv = utf8("email,name,institution_code\n" + cohort.email("api") + ",Дорж," + KHOVD + "\n");
        cohort.api(csv, true).then().statusCode(200).body("dryRun", equalTo(true), "committed", equalTo(false),
                "totals.newUsers", equalTo(1), "rows[0].outcome", equalTo("new_user"), "rows[0].row", equalTo(2));
        assertEquals(0, cohort.users());
        cohort.api(csv, false).then().statusCode(200).body("committed", equalTo(true));
        cohort.api(csv, false).then().statusCode(200).body("totals.alreadyMembers", equalTo(1));
        assertEquals(1, cohort.members());

        var second = org.surgalt.testsupport.CourseBuilder.aCourse().create();
        cohort.session.given().contentType("application/json").body("{\"course\":\"" + second.code() + "\"}")
                .when().post("/api/cohorts/{id}/courses", cohort.cohortId).then().statusCode(200)
                .body("courses", hasSize(2), "members", equalTo(1));
        assertEquals(1, CohortFixture.count("select count(*) from enrolment where course_id = ?", second.id()));
        cohort.session.given().when().get("/api/cohorts").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.hasItem(cohort.code));
    }

    @Test
    void aFileOfThousandsOfNewPeopleIsWrittenWhole() {
        CohortFixture cohort = new CohortFixture();
        StringBuilder text = new StringBuilder("email,name,institution_code\n");
        for (int i = 0; i < 2_500; i++) {
            text.append(cohort.email("many" + i)).append(",Олон Багш ").append(i).append(',').append(KHOVD).append('\n');
        }
        cohort.api(utf8(text.toString()), false).then().statusCode(200)
                .body("committed", equalTo(true), "totals.newUsers", equalTo(2_500));
        assertEquals(2_500, cohort.users());
        assertEquals(2_500, cohort.members());
        assertEquals(2_500, cohort.enrolments());
        assertEquals("Олон Багш 2499", CohortFixture.displayName(cohort.email("many2499")));
    }

    @Test
    void aWindows1251FileIsRefusedAndNothingIsWritten() {
        CohortFixture cohort = new CohortFixture();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("email,name,institution_code\n" + cohort.email("bat") + ","));
        bytes.writeBytes("Бат".getBytes(Charset.forName("windows-1251")));
        bytes.writeBytes(utf8("," + KHOVD + "\n"));
        cohort.dryRun(bytes.toByteArray()).then().statusCode(422)
                .body(containsString("The file is not UTF-8; save it as CSV UTF-8."));
        cohort.session.given().cookie("lang", "mn").queryParam("_csrf", cohort.session.csrf())
                .multiPart("file", "teachers.csv", bytes.toByteArray(), "text/csv")
                .when().post("/cohorts/" + cohort.code + "/import").then().statusCode(422)
                .body(containsString("Файл UTF-8 биш байна"));
        cohort.api(bytes.toByteArray(), false).then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("The file is not UTF-8; save it as CSV UTF-8."));
        assertEquals(0, cohort.users());
        assertEquals(0, cohort.members());
    }

    @Test
    void aWrongHeaderIsRefusedNamingTheExpectedOne() {
        CohortFixture cohort = new CohortFixture();
        byte[] csv = utf8("mail,name,school\n" + cohort.email("x") + ",Нэр," + KHOVD + "\n");
        cohort.dryRun(csv).then().statusCode(422)
                .body(containsString("The header must be email,name,institution_code,locale"),
                        containsString("The file has: mail,name,school"), not(containsString("Commit")));
        cohort.api(csv, true).then().statusCode(422)
                .body("detail", containsString("The header must be email,name,institution_code,locale"));
        assertEquals(0, cohort.users());
    }

    @Test
    void rowErrorsAreListedWithTheirRowsAndACommitWritesNothing() {
        CohortFixture cohort = new CohortFixture();
        String csv = "email,name,institution_code\n"
                + cohort.email("good") + ",Сайн Мөр," + KHOVD + "\n"
                + cohort.email("twice") + ",Нэг," + KHOVD + "\n"
                + cohort.email("unknown") + ",Гурав,no-such-school-" + cohort.unique + "\n"
                + "not-an-email,Дөрөв," + KHOVD + "\n"
                + cohort.email("noname") + ",," + KHOVD + "\n"
                + cohort.email("TWICE") + ",Хоёр," + KHOVD + "\n";
        String page = cohort.dryRun(utf8(csv)).then().statusCode(200)
                .body(containsString("4 rows are errors"), containsString("The same email as row 3."),
                        containsString("There is no institution with the code “no-such-school-" + cohort.unique + "”."),
                        containsString("“not-an-email” is not an email address."), containsString("The name is empty."),
                        not(containsString("name=\"sha256\"")))
                .extract().asString();
        assertTrue(page.contains("<td>7</td>"), "the duplicate is reported at its own row, 7");

        cohort.api(utf8(csv), false).then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("4 rows are errors; nothing was written."), "errors", hasSize(4),
                        "errors.find { it.row == 7 }.error", equalTo("the same email as row 3"),
                        "errors.find { it.row == 4 }.error", containsString("no institution with the code"));
        // A forged commit from the page (the file's own SHA-256) is refused the same way.
        String sha = sha256(utf8(csv));
        cohort.commit(utf8(csv), sha).then().statusCode(422).body(containsString("Nothing was written: 4 rows are errors."));
        assertEquals(0, cohort.users());
        assertEquals(0, cohort.members());
        assertEquals(0, cohort.imports());
    }

    @Test
    void aFileOfOneHundredThousandRowsIsRefusedWhole() {
        CohortFixture cohort = new CohortFixture();
        StringBuilder text = new StringBuilder(6_000_000).append("email,name,institution_code\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("teacher").append(i).append('-').append(cohort.unique).append("@cohort.test,Багш ")
                    .append(i).append(',').append(KHOVD).append('\n');
        }
        byte[] csv = utf8(text.toString());
        cohort.api(csv, false).then().statusCode(422)
                .body("detail", equalTo("The file has more than 50000 rows; split it into smaller files."));
        cohort.dryRun(csv).then().statusCode(422)
                .body(containsString("The file has more than 50000 rows: split it into smaller files."));
        assertEquals(0, cohort.users());
        assertEquals(0, cohort.members());
    }

    @Test
    void onlyTheCohortsCoordinatorsAndAdminsManageIt() {
        CohortFixture cohort = new CohortFixture();
        byte[] csv = utf8("email,name,institution_code\n" + cohort.email("p") + ",Нэр," + KHOVD + "\n");
        var teacher = org.surgalt.testsupport.Sessions.as(aPerson().create());
        teacher.given().accept("text/html").when().get("/cohorts").then().statusCode(403);
        teacher.given().contentType("text/csv").body(csv).when()
                .post("/api/cohorts/{id}/members/import", cohort.cohortId).then().statusCode(403);

        // A coordinator of another cohort only.
        CohortFixture other = new CohortFixture();
        var elsewhere = org.surgalt.testsupport.Sessions.as(aPerson().withGrant(new org.surgalt.identity.Grant(
                org.surgalt.identity.Role.COORDINATOR, org.surgalt.identity.RoleGrant.Scope.COHORT, other.cohortId))
                .create());
        elsewhere.given().accept("text/html").when().get("/cohorts/" + cohort.code).then().statusCode(403);
        elsewhere.given().contentType("text/csv").body(csv).when()
                .post("/api/cohorts/{id}/members/import", cohort.cohortId).then().statusCode(403);
        elsewhere.given().accept("text/html").when().get("/cohorts/" + other.code).then().statusCode(200);
        elsewhere.given().when().get("/api/cohorts").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains(other.code));
        assertEquals(0, cohort.users());
    }

    private static String sha(String page) {
        Matcher matcher = SHA.matcher(page);
        assertTrue(matcher.find(), "the check offers a commit form");
        return matcher.group(1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
