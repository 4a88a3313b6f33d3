package org.surgalt.cohort;

import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.course.Course;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** A coordinator's cohort with one published course, two institutions to enrol people in, and SQL counts. */
final class CohortFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static final String KHOVD = "cohort-test-khovd";
    static final String UB = "cohort-test-ub";

    final String unique = System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    final Course course = aCourse().create();
    final TestPerson coordinator = aPerson().withRole(Role.COORDINATOR).create();
    final Sessions.Session session = Sessions.as(coordinator);
    final String code = "cohort-" + unique;
    final long cohortId;

    CohortFixture() {
        IdentityService identity = Arc.container().instance(IdentityService.class).get();
        identity.createInstitutionIfAbsent(KHOVD, "Ховд аймгийн Буянт сумын сургууль", InstitutionKind.SCHOOL, "Ховд",
                "Буянт");
        identity.createInstitutionIfAbsent(UB, "Сүхбаатар дүүргийн сургууль", InstitutionKind.SCHOOL, "Улаанбаатар",
                "Сүхбаатар");
        cohortId = session.given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"50 зорилтот сургууль — хавар\",\"startsOn\":\"2026-03-01\"}")
                .when().post("/api/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
        session.given().contentType(ContentType.JSON).body("{\"course\":\"" + course.code() + "\"}")
                .when().post("/api/cohorts/{id}/courses", cohortId).then().statusCode(200);
    }

    /** An address unique to this fixture. */
    String email(String local) {
        return local + "-" + unique + "@cohort.test";
    }

    /** Checks (or commits) a file through the page, as a browser uploads it. */
    Response upload(String path, byte[] csv, String sha256) {
        var request = session.given().cookie("lang", "en").queryParam("_csrf", session.csrf())
                .multiPart("file", "teachers.csv", csv, "text/csv");
        if (sha256 != null) {
            request.multiPart("sha256", sha256);
        }
        return request.redirects().follow(false).when().post(path);
    }

    Response dryRun(byte[] csv) {
        return upload("/cohorts/" + code + "/import", csv, null);
    }

    Response commit(byte[] csv, String sha256) {
        return upload("/cohorts/" + code + "/import/commit", csv, sha256);
    }

    Response api(byte[] csv, boolean dryRun) {
        return session.given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("dryRun", dryRun)
                .when().post("/api/cohorts/{id}/members/import", cohortId);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    long members() {
        return count("select count(*) from cohort_member where cohort_id = ?", cohortId);
    }

    long enrolments() {
        return count("select count(*) from enrolment where course_id = ?", course.id());
    }

    long imports() {
        return count("select count(*) from cohort_import where cohort_id = ?", cohortId);
    }

    long usersLike(String emailPart) {
        return count("select count(*) from app_user where email like ?", "%" + emailPart + "%");
    }

    /** People created for this fixture's addresses. */
    long users() {
        return usersLike(unique + "@cohort.test");
    }

    static String displayName(String email) {
        return text("select display_name from app_user where email = ?", email);
    }

    static long count(String sql, Object parameter) {
        return Long.parseLong(text(sql, parameter));
    }

    static String text(String sql, Object parameter) {
        AgroalDataSource data = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = data.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
