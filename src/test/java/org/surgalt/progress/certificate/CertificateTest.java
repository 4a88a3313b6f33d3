package org.surgalt.progress.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.progress.CourseCompleted;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.QrCodes;
import org.surgalt.testsupport.Sessions;

@QuarkusTest
class CertificateTest {

    private static final String FORM = ContentType.URLENC.withCharset("UTF-8");
    private static final Instant COMPLETED = Instant.parse("2026-03-11T18:30:00Z"); // 12 March in Ulaanbaatar

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "surgalt.notification.base-url")
    String baseUrl;

    @Test
    void completingACourseIssuesOneCertificateStatingTheHoursAsTheyWere() {
        Course course = aCourse().withTitle("Teaching reading", "Унших чадварыг заах").create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        rename(learner, "Өлзийбаяр Түвшинжаргал");
        onlineHours(course, "12.5");

        complete(learner, course);
        complete(learner, course);
        String code = codeOf(learner, course);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM certificate WHERE user_id = ?1 AND course_id = ?2")
                .setParameter(1, learner.id()).setParameter(2, course.id()).getSingleResult()).longValue()));

        // Changing the rule's hours or the name afterwards does not change what was issued.
        onlineHours(course, "40");
        rename(learner, "Someone Else");
        Map<String, Object> json = given().accept(ContentType.JSON).get("/api/certificates/" + code)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals("valid", json.get("status"));
        assertEquals("Өлзийбаяр Түвшинжаргал", json.get("learnerName"));
        assertEquals(Map.of("en", "Teaching reading", "mn", "Унших чадварыг заах"), json.get("courseTitle"));
        assertEquals("2026-03-12", json.get("completedOn"));
        assertEquals(Map.of("online", 12.5f, "faceToFace", 0.0f, "total", 12.5f), json.get("hours"));
    }

    @Test
    void withoutACompletionRuleTheOnlineHoursAreZero() {
        Course course = aCourse().create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        complete(learner, course);
        given().accept(ContentType.JSON).get("/api/certificates/" + codeOf(learner, course)).then().statusCode(200)
                .body("hours.total", org.hamcrest.Matchers.equalTo(0.0f));
    }

    @Test
    void thePdfStatesTheCertificateInCyrillicAndItsQrCodeOpensTheVerificationPage() throws Exception {
        Course course = aCourse().withTitle("Teaching reading", "Унших чадварыг заах").create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        rename(learner, "Өлзийбаяр Түвшинжаргал");
        onlineHours(course, "12");
        complete(learner, course);
        String code = codeOf(learner, course);

        Response response = Sessions.as(learner).given().get("/certificates/" + code + ".pdf");
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename="));
        byte[] bytes = response.asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertTrue(size.getWidth() > size.getHeight(), "landscape");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Өлзийбаяр Түвшинжаргал"), text);
            assertTrue(text.contains("Унших чадварыг заах"), text);
            assertTrue(text.contains("Teaching reading"), "the other language below: " + text);
            assertTrue(text.contains("2026 оны 3-р сарын 12"), text);
            assertTrue(text.contains("12 March 2026"), text);
            assertTrue(text.contains("Нийт 12 цагийн сургалт, үүнээс 0 цаг танхимаар"), text);
            assertTrue(text.contains(baseUrl + "/verify/" + code), text);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            assertEquals(baseUrl + "/verify/" + code, QrCodes.decode(page));
            // For a reviewer's eyes: how the certificate looks.
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/certificates"));
            javax.imageio.ImageIO.write(page, "png", java.nio.file.Path.of("target/certificates/certificate-mn.png")
                    .toFile());
        }
        // Made from the row alone: the same bytes on every download.
        assertArrayEquals(bytes, Sessions.as(learner).given().get("/certificates/" + code + ".pdf").asByteArray());
    }

    @Test
    void anEnglishLearnersPdfLeadsInEnglish() throws Exception {
        Course course = aCourse().withTitle("Teaching reading", "Унших чадварыг заах").create();
        TestPerson learner = aPerson().withLocale("en").enrolledIn(course.code()).create();
        complete(learner, course);
        byte[] bytes = Sessions.as(learner).given().get("/certificates/" + codeOf(learner, course) + ".pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.indexOf("Certificate of completion") < text.indexOf("Сургалт дүүргэсний гэрчилгээ"),
                    text);
        }
        // The learner's language, not the language of the request that downloads it.
        byte[] again = Sessions.as(learner).given().cookie("lang", "mn").header("Accept-Language", "mn")
                .get("/certificates/" + codeOf(learner, course) + ".pdf").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(bytes, again);
    }

    @Test
    void theVerificationPageSaysValidThenRevokedWithTheReason() {
        Course course = aCourse().create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        complete(learner, course);
        String code = codeOf(learner, course);

        given().accept(ContentType.HTML).header("Accept-Language", "en").get("/verify/" + code).then()
                .statusCode(200).body(containsString("Valid: this certificate"))
                .body(containsString("Тест Хэрэглэгч")).body(containsString("12 March 2026"))
                .body(not(containsString(learner.email())));
        given().accept(ContentType.HTML).header("Accept-Language", "mn").get("/verify/" + code.toUpperCase())
                .then().statusCode(200).body(containsString("Хүчинтэй"));

        var coordinator = Sessions.as(aPerson().withRole(Role.COORDINATOR).create());
        // A reason is required: the form comes back with the field error, nothing revoked.
        coordinator.given().accept(ContentType.HTML).contentType(FORM).queryParam("_csrf", coordinator.csrf())
                .formParam("reason", "  ").post("/certificates/" + code + "/revoke").then().statusCode(400)
                .body(containsString("reason"));
        given().accept(ContentType.JSON).get("/api/certificates/" + code).then().body("status",
                org.hamcrest.Matchers.equalTo("valid"));

        coordinator.given().accept(ContentType.HTML).contentType(FORM).queryParam("_csrf", coordinator.csrf())
                .formParam("reason", "Attendance sheets were forged").redirects().follow(false)
                .post("/certificates/" + code + "/revoke").then().statusCode(303);
        given().accept(ContentType.HTML).header("Accept-Language", "en").get("/verify/" + code).then()
                .statusCode(200).body(containsString("Revoked on")).body(containsString("Attendance sheets were forged"));
        given().accept(ContentType.JSON).get("/api/certificates/" + code).then().body("status",
                org.hamcrest.Matchers.equalTo("revoked"));
        // Revoked stays revoked: completing again issues nothing new, and there is nothing to download.
        complete(learner, course);
        assertEquals(code, codeOf(learner, course));
        Sessions.as(learner).given().get("/certificates/" + code + ".pdf").then().statusCode(409);
        given().accept(ContentType.JSON).get("/api/certificates/" + code).then().body("status",
                org.hamcrest.Matchers.equalTo("revoked"));
    }

    @Test
    void anUnknownCodeIsNotFoundAndSaysNothingMore() {
        given().accept(ContentType.HTML).header("Accept-Language", "en").get("/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa")
                .then().statusCode(404).body(containsString("No certificate with this code"));
        given().accept(ContentType.HTML).header("Accept-Language", "mn").get("/verify/not-even-a-code")
                .then().statusCode(404).body(containsString("Ийм кодтой гэрчилгээ алга"));
        given().accept(ContentType.JSON).get("/api/certificates/aaaaaaaaaaaaaaaaaaaaaaaaaa").then().statusCode(404);
    }

    @Test
    void codesAreLongRandomAndDistinct() {
        Course course = aCourse().create();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            TestPerson learner = aPerson().enrolledIn(course.code()).create();
            complete(learner, course);
            codes.add(codeOf(learner, course));
        }
        assertEquals(3, codes.size());
        codes.forEach(code -> assertTrue(code.matches("[a-z2-7]{26}"), code));
        Set<String> generated = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            generated.add(CertificateCode.generate());
        }
        assertEquals(10_000, generated.size());
    }

    @Test
    void onlyTheLearnerAndTheirCoordinatorsDownloadAndOnlyCoordinatorsRevoke() {
        Course course = aCourse().create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        complete(learner, course);
        String code = codeOf(learner, course);
        String revoke = "/api/certificates/" + code + "/revoke";
        String body = "{\"reason\":\"Matrix\"}";

        Sessions.as(aPerson().enrolledIn(course.code()).create()).given().get("/certificates/" + code + ".pdf")
                .then().statusCode(403);
        Sessions.as(aPerson().create()).given().accept(ContentType.HTML).get("/certificates/" + code)
                .then().statusCode(403);
        var teacher = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, course.id()))
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        teacher.given().contentType(ContentType.JSON).body(body).post(revoke).then().statusCode(403);
        Sessions.as(learner).given().contentType(ContentType.JSON).body(body).post(revoke).then().statusCode(403);
        // A coordinator of another institution, or of a cohort the learner is not in, is not theirs.
        Sessions.as(aPerson().inInstitution("other-school").withRole(Role.COORDINATOR).create()).given()
                .contentType(ContentType.JSON).body(body).post(revoke).then().statusCode(403);
        long otherCohort = cohortWith();
        Sessions.as(aPerson().inInstitution("other-school")
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, otherCohort)).create()).given()
                .contentType(ContentType.JSON).body(body).post(revoke).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post(revoke).then().statusCode(401);

        // The coordinator of a cohort the learner is in downloads and revokes.
        var cohortCoordinator = Sessions.as(aPerson().inInstitution("other-school")
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohortWith(learner))).create());
        cohortCoordinator.given().get("/certificates/" + code + ".pdf").then().statusCode(200);
        cohortCoordinator.given().accept(ContentType.HTML).get("/certificates/" + code).then().statusCode(200)
                .body(containsString("name=\"reason\""));
        cohortCoordinator.given().contentType(ContentType.JSON).body("{\"reason\":\"\"}").post(revoke).then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("reason"));
        cohortCoordinator.given().contentType(ContentType.JSON).body(body).post(revoke).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("revoked"));
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().contentType(ContentType.JSON).body(body)
                .post(revoke).then().statusCode(409);
    }

    @Test
    void theLearnerFindsTheDownloadOnTheOutlineHomeAndCertificatesPages() {
        Course course = aCourse().withTitle("Teaching reading", "Унших чадварыг заах").create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        var session = Sessions.as(learner);
        session.given().accept(ContentType.HTML).get("/courses/" + course.code()).then().statusCode(200)
                .body(not(containsString("/certificates/")));
        session.given().accept(ContentType.HTML).get("/certificates").then().statusCode(200)
                .body(containsString("Танд одоогоор гэрчилгээ алга"));

        complete(learner, course);
        String code = codeOf(learner, course);
        session.given().accept(ContentType.HTML).get("/courses/" + course.code()).then().statusCode(200)
                .body(containsString("href=\"/certificates/" + code + ".pdf\""));
        session.given().accept(ContentType.HTML).get("/home").then().statusCode(200)
                .body(containsString("href=\"/certificates\""));
        session.given().accept(ContentType.HTML).get("/certificates").then().statusCode(200)
                .body(containsString("Унших чадварыг заах"))
                .body(containsString("href=\"/certificates/" + code + ".pdf\""));
        session.given().accept(ContentType.HTML).get("/certificates/" + code).then().statusCode(200)
                .body(not(containsString("name=\"reason\"")));
    }

    private void complete(TestPerson learner, Course course) {
        QuarkusTransaction.requiringNew().run(() -> completions.fire(new CourseCompleted(learner.id(), course.id(),
                1, COMPLETED)));
    }

    private String codeOf(TestPerson learner, Course course) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT code FROM certificate WHERE user_id = ?1 AND course_id = ?2")
                .setParameter(1, learner.id()).setParameter(2, course.id()).getSingleResult());
    }

    private void rename(TestPerson person, String name) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE app_user SET display_name = ?1 WHERE id = ?2").setParameter(1, name)
                .setParameter(2, person.id()).executeUpdate());
    }

    private void onlineHours(Course course, String hours) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO completion_rule (course_id, online_hours) VALUES (?1, ?2)
                ON DUPLICATE KEY UPDATE online_hours = VALUES(online_hours)
                """).setParameter(1, course.id()).setParameter(2, new BigDecimal(hours)).executeUpdate());
    }

    /** A cohort with these members (none: a cohort the learner is not in). */
    private long cohortWith(TestPerson... members) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String code = "cert-cohort-" + System.nanoTime();
            em.createNativeQuery("INSERT INTO cohort (code, name) VALUES (?1, ?1)").setParameter(1, code)
                    .executeUpdate();
            long id = ((Number) em.createNativeQuery("SELECT id FROM cohort WHERE code = ?1").setParameter(1, code)
                    .getSingleResult()).longValue();
            for (TestPerson member : members) {
                em.createNativeQuery("INSERT INTO cohort_member (cohort_id, user_id, source) VALUES (?1, ?2, 'API')")
                        .setParameter(1, id).setParameter(2, member.id()).executeUpdate();
            }
            return id;
        });
    }
}
