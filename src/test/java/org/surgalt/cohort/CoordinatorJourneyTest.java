package org.surgalt.cohort;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;


import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.surgalt.authoring.PublishingService;
import org.surgalt.cohort.session.SessionFixture;
import org.surgalt.course.Course;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.platform.LocalizedText;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.QrCodes;
import org.surgalt.testsupport.Sessions;

/**
 * Issue 6's "done when", through the pages a coordinator and teachers use: a cohort enrolled from
 * a CSV file, two workshops scheduled, attendance taken at one and a self check-in at the other,
 * the dashboard moving as teachers work, an XLSX export, and a certificate whose QR code verifies.
 */
@QuarkusTest
class CoordinatorJourneyTest {

    private static final String FORM = ContentType.URLENC.withCharset("UTF-8");

    @Test
    void aCoordinatorRunsABlendedCohortFromCsvToVerifiedCertificate() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        IdentityService identity = Arc.container().instance(IdentityService.class).get();
        String khovd = "JRN-KHOVD-" + tag;
        String capital = "JRN-UB-" + tag;
        identity.createInstitutionIfAbsent(khovd, "Буянт сумын сургууль " + tag, InstitutionKind.SCHOOL, "Ховд", "Буянт");
        identity.createInstitutionIfAbsent(capital, "Баянзүрх 1-р сургууль " + tag, InstitutionKind.SCHOOL,
                "Улаанбаатар", "Баянзүрх");

        // A master teacher's blended course: a lesson online, then two workshops, both required.
        Course course = Arc.container().instance(PublishingService.class).get().importCourse(new NewCourse(
                "blended-" + tag, "mn", LocalizedText.of("Blended teaching", "Хосолсон сургалт"),
                LocalizedText.empty(), null, List.of(
                        new NewCourse.NewModule(LocalizedText.of("Online", "Цахим хичээл"), List.of(
                                new NewCourse.NewItem(ItemKind.PAGE, LocalizedText.of("Lesson", "Хичээл"),
                                        LocalizedText.of("Read this.", "Үүнийг уншина уу."), null))),
                        new NewCourse.NewModule(LocalizedText.of("Workshops", "Семинар"), List.of(
                                new NewCourse.NewItem(ItemKind.SESSION, LocalizedText.of("Workshop 1", "Семинар 1"),
                                        LocalizedText.of("Day one.", "Эхний өдөр."), null),
                                new NewCourse.NewItem(ItemKind.SESSION, LocalizedText.of("Workshop 2", "Семинар 2"),
                                        LocalizedText.of("Day two.", "Хоёр дахь өдөр."), null))))))
                .orElseThrow();
        long lesson = course.modules().get(0).items().get(0).id();
        long workshop1 = course.modules().get(1).items().get(0).id();
        long workshop2 = course.modules().get(1).items().get(1).id();
        TestPerson author = aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create();
        // The rule: both workshops attended and every module done; 6 hours of online study.
        Sessions.as(author).given().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "allModules", true, "onlineHours", 6,
                        "conditions", List.of(Map.of("items", List.of(workshop1, workshop2), "atLeast", 2))))
                .when().put("/api/courses/" + course.id() + "/completion-rule").then().statusCode(200);

        // Two teachers already have accounts (their school's sign-in); a third is new to Surgalt.
        TestPerson bat = aPerson().inInstitution(khovd).withName("Батын Сараа " + tag).create();
        TestPerson dulmaa = aPerson().inInstitution(capital).withName("Дулмаагийн Оюун " + tag).create();
        String newcomer = "shine." + tag + "@school.test.mn";
        TestPerson coordinator = aPerson().withGrant(Grant.site(Role.COORDINATOR)).create();
        Sessions.Session office = Sessions.as(coordinator);

        // 1. The cohort, its course, and its teachers from a CSV file: a dry run, then the commit.
        String cohort = "spring-" + tag;
        office.given().contentType(FORM).formParam("code", cohort).formParam("name", "50 зорилтот сургууль " + tag)
                .redirects().follow(false).when().post("/cohorts").then().statusCode(303);
        office.given().contentType(FORM).formParam("course", course.code()).redirects().follow(false)
                .when().post("/cohorts/" + cohort + "/courses").then().statusCode(303);
        byte[] csv = ("email,name,institution_code\n" + bat.email() + ",Батын Сараа " + tag + "," + khovd + "\n"
                + dulmaa.email() + ",Дулмаагийн Оюун " + tag + "," + capital + "\n"
                + newcomer + ",Шинэ Багш " + tag + "," + khovd + "\n").getBytes(StandardCharsets.UTF_8);
        String check = office.given().multiPart("file", "cohort.csv", csv, "text/csv").accept("text/html")
                .when().post("/cohorts/" + cohort + "/import").then().statusCode(200)
                .body(containsString("Шинэ Багш " + tag)).extract().asString();
        Matcher sha = Pattern.compile("name=\"sha256\" value=\"([0-9a-f]{64})\"").matcher(check);
        assertTrue(sha.find(), "the dry run offers the commit for this file");
        office.given().get("/cohorts/" + cohort).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(bat.email())));
        office.given().multiPart("file", "cohort.csv", csv, "text/csv").multiPart("sha256", sha.group(1))
                .accept("text/html").redirects().follow(false).when().post("/cohorts/" + cohort + "/import/commit")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                        org.hamcrest.Matchers.is(303)));
        office.given().get("/cohorts/" + cohort).then().statusCode(200)
                .body(containsString(bat.email()), containsString(dulmaa.email()), containsString(newcomer),
                        containsString("href=\"/reports/cohorts/" + cohort + "\""));
        long cohortId = office.given().accept(ContentType.JSON).get("/api/cohorts").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.code == '" + cohort + "' }.id");

        // The dashboard before anyone has started: three enrolled, nobody complete.
        JsonPath before = dashboard(office, cohortId);
        assertEquals(3, before.getInt("total.learners"));
        assertEquals(0, before.getInt("total.completed"));

        // 2. Two workshops: one going on now, one later today that is open for check-in too.
        long first = schedule(office, course, workshop1, SessionFixture.inProgressStart(Duration.ofMinutes(30)),
                "Ховд, Буянт сум");
        long second = schedule(office, course, workshop2, SessionFixture.inProgressStart(Duration.ofMinutes(5)),
                "Улаанбаатар, СЭЗИС");
        Sessions.Session sara = Sessions.as(bat);
        Sessions.Session oyun = Sessions.as(dulmaa);
        for (long session : List.of(first, second)) {
            for (Sessions.Session teacher : List.of(sara, oyun)) {
                teacher.given().contentType(FORM).redirects().follow(false)
                        .when().post("/sessions/" + session + "/signup").then().statusCode(303);
            }
        }

        // 3. Attendance at the first: Sara present, Oyun absent.
        office.given().contentType(FORM).formParam("m" + bat.id(), "present").formParam("m" + dulmaa.id(), "absent")
                .redirects().follow(false).when().post("/sessions/" + first + "/attendance").then().statusCode(303);
        // Self check-in at the second with the code the facilitator's screen shows.
        String screen = office.given().get("/sessions/" + second + "/checkin-code").then().statusCode(200)
                .body(containsString("<svg")).extract().asString();
        Matcher code = Pattern.compile("/checkin/" + second + "\\?code=(\\d{6})").matcher(screen);
        assertTrue(code.find(), "the screen links the code (QR)");
        sara.given().contentType(FORM).formParam("session", Long.toString(second)).formParam("code", code.group(1))
                .redirects().follow(false).when().post("/checkin").then().statusCode(303);
        // The same code again is refused, and nothing more is recorded.
        sara.given().contentType(FORM).formParam("session", Long.toString(second)).formParam("code", code.group(1))
                .accept("text/html").when().post("/checkin").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));

        // 4. The dashboard moves as they work: Sara reads the lesson and is complete; Oyun is not.
        JsonPath during = dashboard(office, cohortId);
        assertEquals(0, during.getInt("total.completed"));
        sara.given().get("/courses/" + course.code() + "/items/" + lesson).then().statusCode(200);
        oyun.given().get("/courses/" + course.code() + "/items/" + lesson).then().statusCode(200);
        JsonPath after = dashboard(office, cohortId);
        assertEquals(1, after.getInt("total.completed"));
        assertEquals(2, after.getInt("total.started"));
        // Why Oyun is not complete: the workshops rule, which the coordinator sees on her page.
        office.given().get("/progress/courses/" + course.code() + "/learners/" + dulmaa.id()).then().statusCode(200)
                .body(containsString("Семинар 1"));
        // Drill-down to Khovd shows Sara's school only.
        JsonPath khovdLevel = JsonPath.from(office.given().accept(ContentType.JSON).queryParam("aimag", "Ховд")
                .get("/api/reports/cohorts/" + cohortId).then().statusCode(200).extract().asString());
        assertEquals(2, khovdLevel.getInt("total.learners"));
        assertEquals(1, khovdLevel.getInt("total.completed"));

        // 5. The export, in XLSX, with the Cyrillic places intact.
        byte[] xlsx = office.given().get("/reports/cohorts/" + cohort + "/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var rows = book.getFirstSheet().openStream()) {
                rows.forEach((Row row) -> row.forEach(cell -> cells.add(cell == null ? "" : cell.getRawValue())));
            }
        }
        assertTrue(cells.contains("Ховд") && cells.contains("Улаанбаатар"), "aimags in the export: " + cells);

        // 6. Sara's certificate: from her course page, a PDF whose QR code verifies.
        String outline = sara.given().get("/courses/" + course.code()).then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("/certificates/([a-z2-7]{26})\\.pdf").matcher(outline);
        assertTrue(link.find(), "the outline offers the certificate");
        byte[] pdf = sara.given().get("/certificates/" + link.group(1) + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String verifyUrl;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            verifyUrl = QrCodes.decode(new PDFRenderer(document).renderImageWithDPI(0, 150));
        }
        assertTrue(verifyUrl.endsWith("/verify/" + link.group(1)), verifyUrl);
        String path = verifyUrl.substring(verifyUrl.indexOf("/verify/"));
        io.restassured.RestAssured.given().accept("text/html").header("Accept-Language", "en").get(path).then()
                .statusCode(200).body(containsString("Valid"), containsString("Батын Сараа " + tag));
        // Oyun has none yet.
        oyun.given().get("/courses/" + course.code()).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(".pdf")));
    }

    private static JsonPath dashboard(Sessions.Session office, long cohortId) {
        return JsonPath.from(office.given().accept(ContentType.JSON).get("/api/reports/cohorts/" + cohortId).then()
                .statusCode(200).extract().asString());
    }

    private static long schedule(Sessions.Session office, Course course, long item, Instant start, String place) {
        var local = start.atZone(java.time.ZoneId.of("Asia/Ulaanbaatar"));
        var end = local.plusHours(3);
        String location = office.given().contentType(FORM).formParam("course", course.code())
                .formParam("item", Long.toString(item)).formParam("date", local.toLocalDate().toString())
                .formParam("start", String.format("%02d:%02d", local.getHour(), local.getMinute()))
                .formParam("end", end.toLocalDate().equals(local.toLocalDate())
                        ? String.format("%02d:%02d", end.getHour(), end.getMinute()) : "23:59")
                .formParam("place", place).formParam("capacity", "30").redirects().follow(false)
                .when().post("/sessions").then().statusCode(303).extract().header("Location");
        Matcher id = Pattern.compile("/sessions/(\\d+)").matcher(location);
        assertTrue(id.find(), location);
        return Long.parseLong(id.group(1));
    }
}
