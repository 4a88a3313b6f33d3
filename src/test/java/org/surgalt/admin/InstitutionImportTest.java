package org.surgalt.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/** A list of schools from CSV, checked then applied, through the page (real uploads) and the API. */
@QuarkusTest
class InstitutionImportTest {

    private static final Pattern SHA = Pattern.compile("name=\"sha256\" value=\"([0-9a-f]{64})\"");
    private static final List<String> KHOVD = List.of("Алтай", "Булган", "Буянт", "Дарви", "Дөргөн", "Дуут",
            "Жаргалант", "Зэрэг", "Манхан", "Мөнххайрхан", "Мөст", "Мянгад", "Үенч", "Ховд", "Цэцэг", "Чандмань",
            "Эрдэнэбүрэн");
    private static final List<String> DISTRICTS = List.of("Багануур", "Баянгол", "Баянзүрх", "Налайх",
            "Сонгинохайрхан", "Сүхбаатар", "Хан-Уул", "Чингэлтэй");

    private Sessions.Session admin;
    private final String prefix = "imp" + System.nanoTime() % 1_000_000;

    @BeforeEach
    void signIn() {
        admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
    }

    /** The 50 target schools: 34 in Khovd's soums, 16 in the capital's districts, with a BOM and CRLF. */
    private String fiftySchools() {
        StringBuilder csv = new StringBuilder("\uFEFFcode,name,kind,aimag,soum\r\n");
        for (int i = 1; i <= 50; i++) {
            boolean khovd = i <= 34;
            String soum = khovd ? KHOVD.get(i % KHOVD.size()) : DISTRICTS.get(i % DISTRICTS.size());
            csv.append(prefix).append("-").append(i).append(",\"").append(soum).append(" сумын ").append(i)
                    .append("-р сургууль, ЕБС\",").append(i % 10 == 0 ? "сургууль" : "school").append(",")
                    .append(khovd ? (i % 2 == 0 ? "Ховд" : "Khovd") : "Улаанбаатар").append(",").append(soum)
                    .append("\r\n");
        }
        return csv.toString();
    }

    private Response check(String csv, String lang, boolean addSoums) {
        var request = admin.given().cookie("lang", lang).queryParam("_csrf", admin.csrf())
                .multiPart("file", "schools.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        if (addSoums) {
            request.multiPart("addSoums", "true");
        }
        return request.when().post("/admin/institutions/import");
    }

    private Response apply(String csv, String sha256, boolean addSoums) {
        var request = admin.given().cookie("lang", "en").queryParam("_csrf", admin.csrf()).redirects().follow(false)
                .multiPart("file", "schools.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("sha256", sha256);
        if (addSoums) {
            request.multiPart("addSoums", "true");
        }
        return request.when().post("/admin/institutions/import/apply");
    }

    private static String sha(String page) {
        Matcher matcher = SHA.matcher(page);
        assertTrue(matcher.find(), "the page offers to apply the file");
        return matcher.group(1);
    }

    private long imported() {
        return AdminDb.count("SELECT COUNT(*) FROM institution WHERE code LIKE ?", prefix + "-%");
    }

    @Test
    void fiftySchoolsAreOneFileAwayAndTheSameFileAgainChangesNothing() {
        String csv = fiftySchools();
        String page = check(csv, "en", false).then().statusCode(200)
                .body(containsString("No errors. Nothing has been written yet."), containsString("New institutions: 50"),
                        containsString("Errors: 0"), containsString("Буянт сумын 2-р сургууль, ЕБС"))
                .extract().asString();
        assertEquals(0, imported(), "the dry run wrote nothing");

        apply(csv, sha(page), false).then().statusCode(303)
                .header("Location", containsString("/admin/institutions/import?created=50&updated=0&unchanged=0"));
        assertEquals(50, imported());
        assertEquals("Ховд", AdminDb.text("SELECT aimag FROM institution WHERE code = ?", prefix + "-3"));
        assertEquals("Сүхбаатар", AdminDb.text("SELECT soum FROM institution WHERE code = ?", prefix + "-45"));
        assertEquals("SCHOOL", AdminDb.text("SELECT kind FROM institution WHERE code = ?", prefix + "-10"));
        String after = AdminDb.text("SELECT after_state FROM audit_event WHERE action = 'institution.import' "
                + "AND after_state LIKE ?", "%" + prefix + "-50%");
        assertTrue(after.contains("\"created\":50"), after);

        String again = check(csv, "en", false).then().statusCode(200).body(containsString("Unchanged: 50"),
                containsString("New institutions: 0")).extract().asString();
        apply(csv, sha(again), false).then().statusCode(303);
        assertEquals(50, imported());
        assertEquals(1, AdminDb.count("SELECT COUNT(*) FROM audit_event WHERE action = 'institution.import' "
                + "AND after_state LIKE ?", "%" + prefix + "-50%"), "the unchanged file created and updated nothing");

        String renamed = csv.replace("Буянт сумын 2-р сургууль, ЕБС", "Буянт сумын 2-р сургууль");
        check(renamed, "en", false).then().statusCode(200).body(containsString("Updated: 1"),
                containsString("Unchanged: 49"));
    }

    @Test
    void errorsNameTheRowInTheReadersLanguageAndNothingIsWritten() {
        String soum = "Шинэсум" + prefix;
        String csv = "code,name,kind,aimag,soum\n"
                + prefix + "-a,Сайн сургууль,school,Ховд,Буянт\n"
                + prefix + "-b,Алга аймаг,school,Атлантис,Буянт\n"
                + prefix + "-c,Шинэ сум,school,Ховд," + soum + "\n"
                + prefix + "-a,Давхар,school,Ховд,Буянт\n"
                + prefix + "-d,Буруу төрөл,college,Ховд,Буянт\n";
        check(csv, "mn", false).then().statusCode(200)
                .body(containsString("Атлантис&quot; гэсэн аймаг алга."), containsString("<td>3</td>"),
                        containsString(soum + "&quot; нь Ховд аймгийн мэдэгдэж буй сум биш"),
                        containsString("2-р мөртэй ижил код."), containsString("Алдаа: 4"),
                        containsString("4 мөр алдаатай"));
        // Applying anyway (a crafted request) writes nothing.
        apply(csv, "0".repeat(64), false).then().statusCode(409);
        assertEquals(0, imported());

        // With "add new soums" ticked, the unknown soum is added with its school.
        String fixed = "code,name,kind,aimag,soum\n" + prefix + "-c,Шинэ сум,school,Ховд," + soum + "\n";
        String page = check(fixed, "en", true).then().statusCode(200)
                .body(containsString("Adds the soum " + soum + " to Ховд")).extract().asString();
        assertEquals(0, AdminDb.count("SELECT COUNT(*) FROM place WHERE name_mn = ?", soum));
        apply(fixed, sha(page), true).then().statusCode(303);
        assertEquals(1, AdminDb.count("SELECT COUNT(*) FROM place WHERE aimag = 'Ховд' AND name_mn = ?", soum));
        assertEquals(soum, AdminDb.text("SELECT soum FROM institution WHERE code = ?", prefix + "-c"));
    }

    @Test
    void theApiChecksByDefaultAndAppliesAllOrNothing() {
        String csv = "Code,Name,Kind,Aimag,Soum\n" + prefix + "-x,API сургууль,university,Улаанбаатар,Хан-Уул\n";
        admin.given().contentType("text/csv; charset=UTF-8").body(csv).when().post("/api/admin/institutions/import")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("totals.created", equalTo(1))
                .body("rows", hasSize(1)).body("rows[0].outcome", equalTo("CREATED"));
        assertEquals(0, imported());
        String bad = csv + prefix + "-y,Алга,school,Нарнаас,Хан-Уул\n";
        admin.given().contentType("text/csv; charset=UTF-8").body(bad).queryParam("dryRun", false).when()
                .post("/api/admin/institutions/import").then().statusCode(422)
                .body("rows[1].message", equalTo("there is no aimag 'Нарнаас'"));
        assertEquals(0, imported());
        admin.given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("dryRun", false).when()
                .post("/api/admin/institutions/import").then().statusCode(200).body("applied", equalTo(true));
        assertEquals("UNIVERSITY", AdminDb.text("SELECT kind FROM institution WHERE code = ?", prefix + "-x"));
        admin.given().contentType("text/csv; charset=UTF-8").body("code,name\nx,y\n").when()
                .post("/api/admin/institutions/import").then().statusCode(422).body("fileProblem", equalTo("HEADER"));
        byte[] cp1251 = ("code,name,kind,aimag,soum\n" + prefix + "-z,Сургууль,school,Ховд,Буянт\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1251"));
        admin.given().contentType("text/csv").body(cp1251).when().post("/api/admin/institutions/import").then()
                .statusCode(422).body("fileProblem", equalTo("NOT_UTF8"));
    }
}
