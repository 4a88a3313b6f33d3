package org.surgalt.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * The cohort dashboard as a coordinator uses it, on derived progress rows as the progress feature
 * keeps them: five members in two aimags, three soums and three schools.
 *
 * <pre>
 * member  school              course items  complete  last activity  modules (1: 3 items, 2: 2)   workshop
 * 0       Ховд / Буянт        5 of 5        yes       1 day ago      1 done, 2 done               present
 * 1       Ховд / Буянт        2 of 5        no        20 days ago    1 started                    late
 * 2       Ховд / Жаргалант    (no row)      no        never          -                            absent
 * 3       Дархан-Уул / Дархан 3 of 5        no        3 days ago     1 done                       excused
 * 4       Дархан-Уул / Дархан 5 of 5        yes       30 days ago    1 done, 2 done               (no mark)
 * </pre>
 */
@QuarkusTest
class CohortDashboardTest {

    private CohortFixture cohort;
    private TestPerson admin;

    @BeforeEach
    void cohort() {
        cohort = new CohortFixture(2, 2, 1, 2);
        List<TestPerson> m = cohort.members;
        cohort.progress(m.get(0), 5, 5, true, 1);
        cohort.moduleProgress(m.get(0), 0, 3, 3);
        cohort.moduleProgress(m.get(0), 1, 2, 2);
        cohort.progress(m.get(1), 2, 5, false, 20);
        cohort.moduleProgress(m.get(1), 0, 2, 3);
        cohort.progress(m.get(3), 3, 5, false, 3);
        cohort.moduleProgress(m.get(3), 0, 3, 3);
        cohort.progress(m.get(4), 5, 5, true, 30);
        cohort.moduleProgress(m.get(4), 0, 3, 3);
        cohort.moduleProgress(m.get(4), 1, 2, 2);
        cohort.session("PRESENT", "LATE", "ABSENT", "EXCUSED", null);
        admin = aPerson().withRole(Role.ADMIN).create();
    }

    private RequestSpecification english(TestPerson person) {
        // The tests write queries encoded, as the page's links are.
        return Sessions.as(person).given().cookie("lang", "en").accept("text/html").redirects().follow(false)
                .urlEncodingEnabled(false);
    }

    private String page(TestPerson person, String query) {
        return english(person).when().get("/reports/cohorts/" + cohort.cohortCode + query).then().statusCode(200)
                .extract().asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void onlyTheCohortsCoordinatorsAndItsCreatorSeeIt() {
        TestPerson teacher = cohort.members.get(0);
        TestPerson own = aPerson().withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohort.cohortId)).create();
        CohortFixture other = new CohortFixture(1, 1, 0, 0);
        TestPerson otherCoordinator = aPerson()
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, other.cohortId)).create();
        TestPerson creator = aPerson().create();
        cohort.createdBy(creator.id());
        TestPerson siteCoordinator = aPerson().withGrant(Grant.site(Role.COORDINATOR)).create();
        TestPerson institutionCoordinator = aPerson().withRole(Role.COORDINATOR).create();

        String page = "/reports/cohorts/" + cohort.cohortCode;
        for (TestPerson refused : List.of(teacher, otherCoordinator, institutionCoordinator)) {
            english(refused).when().get(page).then().statusCode(403);
            Sessions.as(refused).given().when().get(page + "/export.xlsx").then().statusCode(403);
            Sessions.as(refused).given().when().get(page + "/export.csv?table=level").then().statusCode(403);
            Sessions.as(refused).given().when().get("/api/reports/cohorts/" + cohort.cohortId).then().statusCode(403)
                    .contentType(containsString("application/problem+json"));
        }
        for (TestPerson allowed : List.of(own, creator, siteCoordinator, admin)) {
            english(allowed).when().get(page).then().statusCode(200).body(containsString("Хаврын бүлэг"));
            Sessions.as(allowed).given().when().get("/api/reports/cohorts/" + cohort.cohortId).then().statusCode(200);
        }
        // The list of reports shows each person the cohorts they may open.
        english(own).when().get("/reports/cohorts").then().statusCode(200)
                .body(containsString("href=\"/reports/cohorts/" + cohort.cohortCode + "\""))
                .body(not(containsString(other.cohortCode)));
        english(teacher).when().get("/reports/cohorts").then().statusCode(200)
                .body(not(containsString(cohort.cohortCode)));
        io.restassured.RestAssured.given().accept("text/html").redirects().follow(false).when().get(page).then()
                .statusCode(303);
    }

    @Test
    void drillsDownFromTheCohortToATeacherWithTheSameNumbersInTheChart() {
        String top = page(admin, "");
        String khovd = "/reports/cohorts/" + cohort.cohortCode + "?aimag=" + encode("Ховд");
        assertTrue(top.contains("href=\"" + khovd + "\""), "the aimag row links to its soums");
        // Darkhan: 2 learners, 2 started, 1 completed, 50 %, average (60 + 100) / 2.
        assertTrue(top.contains(row(cohort.darkhan.aimag(), "2", "2", "1", "50", "80")), top);
        // Khovd: 3 learners, 2 started, 1 completed, 33 %, average (100 + 40 + 0) / 3 = 46.7.
        assertTrue(top.contains(row("Ховд", "3", "2", "1", "33", "47")), top);
        assertTrue(top.contains("<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"num\">5</td>"
                + "<td class=\"num\">4</td><td class=\"num\">2</td><td class=\"num\">40</td><td class=\"num\">60</td>"), top);
        // The chart: an SVG with a title and the same figures as text.
        assertTrue(top.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""), top);
        assertTrue(top.contains("<title id=\"chart-level\">Chart: Completion by aimag</title>"), top);
        assertTrue(top.contains(">50% complete (1 of 2)</text>"), top);
        assertTrue(top.contains(">33% complete (1 of 3)</text>"), top);

        String soums = page(admin, "?aimag=" + encode("Ховд"));
        assertTrue(soums.contains("Completion by soum in Ховд"), soums);
        String buyant = "/reports/cohorts/" + cohort.cohortCode + "?aimag=" + encode("Ховд") + "&amp;soum=" + encode("Буянт");
        assertTrue(soums.contains("href=\"" + buyant + "\""), soums);
        assertTrue(soums.contains(row("Буянт", "2", "2", "1", "50", "70")), soums);
        // The trail leads back to the whole cohort.
        assertTrue(soums.contains("<a href=\"/reports/cohorts/" + cohort.cohortCode + "\">Whole cohort</a>"), soums);

        String schools = page(admin, "?aimag=" + encode("Ховд") + "&soum=" + encode("Буянт"));
        long schoolId = schoolId(cohort.khovdBuyant.code());
        String school = "/reports/cohorts/" + cohort.cohortCode + "?school=" + schoolId;
        assertTrue(schools.contains("href=\"" + school + "\">" + cohort.khovdBuyant.name() + "</a>"), schools);

        String teachers = page(admin, "?school=" + schoolId);
        assertTrue(teachers.contains("Teachers of " + cohort.khovdBuyant.name()), teachers);
        for (TestPerson member : cohort.members.subList(0, 2)) {
            assertTrue(teachers.contains("/progress/courses/" + cohort.course.code() + "/learners/" + member.id()),
                    "each teacher's course cell links to why it is not complete: " + teachers);
        }
        assertTrue(teachers.contains("<a href=\"/progress/courses/" + cohort.course.code() + "/learners/"
                + cohort.members.get(1).id() + "\">40</a>"), teachers);
        assertTrue(teachers.contains(">40% done, 0 of 1 courses complete</text>"), teachers);
        assertTrue(!teachers.contains(cohort.members.get(3).email()), "only the school's teachers are listed");
    }

    private static String row(String label, String... numbers) {
        StringBuilder row = new StringBuilder(">" + label + "</a></th>");
        Arrays.stream(numbers).forEach(n -> row.append("<td class=\"num\">").append(n).append("</td>"));
        return row.toString();
    }

    private static long schoolId(String code) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.arc.Arc
                .container().instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("SELECT id FROM institution WHERE code = ?1").setParameter(1, code).getSingleResult())
                .longValue());
    }

    @Test
    void theFunnelCountsWhoReachedAndCompletedEachModuleInOrder() {
        String top = page(admin, "");
        assertTrue(top.contains(">4 reached, 3 completed of 5</text>"), top);
        assertTrue(top.contains(">2 reached, 2 completed of 5</text>"), top);
        JsonPath api = Sessions.as(admin).given().when().get("/api/reports/cohorts/" + cohort.cohortId).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(4, 2), api.getList("funnels[0].modules.reached"));
        assertEquals(List.of(3, 2), api.getList("funnels[0].modules.completed"));
        assertEquals(List.of(1, 2), api.getList("funnels[0].modules.position"));
        assertEquals("COHORT", api.getString("level"));
        assertEquals(5, api.getInt("total.learners"));
        assertEquals(2, api.getInt("total.completed"));
        assertEquals(60, api.getInt("total.averageProgress"));
        // Drilled down to Darkhan's aimag: only its two members.
        JsonPath darkhan = Sessions.as(admin).given().queryParam("aimag", cohort.darkhan.aimag()).when()
                .get("/api/reports/cohorts/" + cohort.cohortId).then().statusCode(200).extract().jsonPath();
        assertEquals("AIMAG", darkhan.getString("level"));
        assertEquals(List.of("Дархан"), darkhan.getList("rows.name"));
        assertEquals(List.of(2, 1), darkhan.getList("funnels[0].modules.reached"));
    }

    @Test
    void inactiveLearnersAreThoseWithNoActivityForTheChosenDays() {
        List<TestPerson> m = cohort.members;
        String fourteen = page(admin, "");
        assertTrue(fourteen.contains("No activity for 14 days or more: 3 learners."), fourteen);
        for (int i : new int[] {1, 2, 4}) {
            assertTrue(fourteen.contains(m.get(i).email()), "member " + i + " is inactive");
        }
        assertTrue(!inactiveSection(fourteen).contains(m.get(0).email()) && !inactiveSection(fourteen).contains(m.get(3).email()));
        String twentyFive = page(admin, "?inactiveDays=25");
        assertTrue(twentyFive.contains("No activity for 25 days or more: 2 learners."), twentyFive);
        assertTrue(!inactiveSection(twentyFive).contains(m.get(1).email()));
        JsonPath api = Sessions.as(admin).given().queryParam("inactiveDays", 40).when()
                .get("/api/reports/cohorts/" + cohort.cohortId).then().statusCode(200).extract().jsonPath();
        assertEquals(1, api.getInt("inactive.count"));
        assertEquals(List.of(m.get(2).email()), api.getList("inactive.learners.email"));
        Sessions.as(admin).given().queryParam("inactiveDays", "0").when().get("/api/reports/cohorts/" + cohort.cohortId)
                .then().statusCode(400).body(containsString("inactiveDays"));
    }

    private static String inactiveSection(String page) {
        return page.substring(page.indexOf("id=\"inactive-heading\""), page.indexOf("id=\"attended-heading\""));
    }

    @Test
    void listsWhoHasNotAttendedEachWorkshop() {
        List<TestPerson> m = cohort.members;
        String top = page(admin, "");
        String attended = top.substring(top.indexOf("id=\"attended-heading\""), top.indexOf("id=\"download-heading\""));
        assertTrue(attended.contains("<th scope=\"row\" lang=\"en\">Workshop day</th><td>Inclusive teaching</td>"
                + "<td class=\"num\">3</td>"), attended);
        for (int i : new int[] {2, 3, 4}) {
            assertTrue(attended.contains(m.get(i).email()), "absent, excused or unmarked member " + i + " has not attended");
        }
        for (int i : new int[] {0, 1}) {
            assertTrue(!attended.contains(m.get(i).email()), "present or late member " + i + " has attended");
        }
        JsonPath api = Sessions.as(admin).given().when().get("/api/reports/cohorts/" + cohort.cohortId).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(3, api.getInt("notAttended.count"));
        assertEquals(List.of(3), api.getList("notAttended.sessions.notAttended"));
    }

    @Test
    void exportsTheTablesAsCsvAndXlsxWithCyrillicIntact() throws IOException {
        TestPerson mongolian = aPerson().withRole(Role.ADMIN).create();
        Response csv = Sessions.as(mongolian).given().cookie("lang", "mn").queryParam("table", "level").when()
                .get("/reports/cohorts/" + cohort.cohortCode + "/export.csv");
        csv.then().statusCode(200).contentType(equalTo("text/csv; charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + cohort.cohortCode + "-level.csv\""));
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "a byte order mark, so that Excel reads UTF-8");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("Аймаг,Суралцагч,Эхэлсэн,Дуусгасан,Дуусгасан %,Дундаж явц (%)", lines.get(0));
        assertTrue(lines.contains(cohort.darkhan.aimag() + ",2,2,1,50,80"), lines.toString());
        assertTrue(lines.contains("Ховд,3,2,1,33,47"), lines.toString());
        assertEquals("Нийт,5,4,2,40,60", lines.get(lines.size() - 1));

        // One table as XLSX: headers bold, Cyrillic intact.
        byte[] xlsx = Sessions.as(mongolian).given().cookie("lang", "mn").queryParam("table", "inactive")
                .queryParam("aimag", "Ховд").when().get("/reports/cohorts/" + cohort.cohortCode + "/export.xlsx").then()
                .statusCode(200).contentType(ReportResource.XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Багш", rows.get(0).getCell(0).getText());
            assertEquals(3, rows.size(), "members 1 and 2 of Khovd are inactive");
            assertTrue(rows.stream().anyMatch(r -> cohort.khovdBuyant.name().equals(r.getCell(2).getText())));
        }
        assertTrue(entry(xlsx, "xl/styles.xml").contains("<b/>") || entry(xlsx, "xl/styles.xml").contains("<b val=\"true\"/>"),
                "the header row is bold");

        // Without a table: every table on its own sheet; the level's numbers are numbers.
        byte[] all = Sessions.as(mongolian).given().cookie("lang", "mn").when()
                .get("/reports/cohorts/" + cohort.cohortCode + "/export.xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString(cohort.cohortCode + "-report.xlsx")).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(all))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Гүйцэтгэл", "Юүлүүр", "Идэвхгүй", "Ирээгүй"), sheets.stream().map(Sheet::getName).toList());
            List<Row> level = sheets.get(0).read();
            Row total = level.get(level.size() - 1);
            assertEquals("Нийт", total.getCell(0).getText());
            assertEquals(CellType.NUMBER, total.getCell(1).getType());
            assertEquals(5, total.getCell(1).asNumber().intValue());
            List<String> funnelModules = new ArrayList<>();
            sheets.get(1).read().stream().skip(1).forEach(r -> funnelModules.add(r.getCell(2).getText()));
            assertEquals(List.of("1-р модуль", "2-р модуль"), funnelModules);
        }
        Sessions.as(mongolian).given().queryParam("table", "everything").when()
                .get("/reports/cohorts/" + cohort.cohortCode + "/export.csv").then().statusCode(400);
    }

    @Test
    void csvExportsWriteFormulaLikeNamesAsTextThatKeepsTheirWords() throws IOException {
        CohortFixture spreadsheet = new CohortFixture(1);
        List<String> names = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1", "-1", "\tcmd", "\rcmd");
        for (String name : names) {
            TestPerson learner = aPerson().inInstitution(spreadsheet.khovdBuyant.code()).create();
            // Straight into the row: the services strip a leading tab or carriage return; an import may not.
            CohortFixture.sql("UPDATE app_user SET display_name = ?1 WHERE id = ?2", name, learner.id());
            spreadsheet.addMember(learner.id());
        }
        spreadsheet.session();
        TestPerson coordinator = aPerson()
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, spreadsheet.cohortId)).create();

        String school = "&school=" + schoolId(spreadsheet.khovdBuyant.code());
        for (String table : List.of("inactive", "not-attended", "level" + school)) {
            String url = "/reports/cohorts/" + spreadsheet.cohortCode + "/export.csv?table=" + table;
            byte[] bytes = english(coordinator).when().get(url).then().statusCode(200)
                    .contentType(equalTo("text/csv; charset=UTF-8")).extract().asByteArray();
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), table + ": " + text);
            List<String> cells = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
                parser.forEach(record -> cells.addAll(record.toList()));
            }
            for (String name : names) {
                assertTrue(cells.contains("'" + name), table + ": " + name + " is text, its words kept, in " + cells);
                assertTrue(!cells.contains(name), table + ": " + name + " is not written as a formula");
            }
        }
    }

    /** A part of the workbook (its entries are streamed, so read through the central directory). */
    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile archive = new ZipFile(file.toFile())) {
                ZipEntry entry = archive.getEntry(name);
                return entry == null ? "" : new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
