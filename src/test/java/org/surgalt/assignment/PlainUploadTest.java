package org.surgalt.assignment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.Sessions;

/**
 * A learner on a browser without JavaScript adds a file to their submission through the plain
 * form: it is inspected like any upload and attached; a refused or too large file comes back on
 * the page with the reason, in the learner's language (%test sets the form's limit to 1M).
 */
@QuarkusTest
class PlainUploadTest {

    private static String post(Sessions.Session who, String path, String name, byte[] bytes, int status) {
        String csrf = Sessions.csrfToken();
        return who.given().accept("text/html").redirects().follow(false).cookie(Sessions.CSRF_COOKIE, csrf)
                .queryParam("_csrf", csrf).multiPart("file", name, bytes, "application/octet-stream")
                .when().post(path).then().statusCode(status).extract().asString();
    }

    private static void inspect() {
        JobRunner jobs = Arc.container().instance(JobRunner.class).get();
        while (jobs.runDue("test", 50) > 0) {
            // the inspection of what was posted
        }
    }

    @Test
    void aFileSentWithoutJavaScriptIsInspectedAndAttachedOrShownWithTheReason() throws Exception {
        AssignmentFixture f = new AssignmentFixture();
        String page = "/courses/" + f.course.code() + "/assignments/" + f.itemId;
        String form = f.learner.given().accept("text/html").when().get(page).then().statusCode(200).extract().asString();
        assertThat(form, allOf(containsString("<noscript>"), containsString("enctype=\"multipart/form-data\""),
                containsString("action=\"" + page + "/files/plain?_csrf="), containsString("хамгийн ихдээ 1 MB")));

        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf"));
        post(f.learner, page + "/files/plain", "plan.pdf", pdf, 303);
        inspect();
        f.learner.given().accept("text/html").when().get(page).then().statusCode(200)
                .body(containsString(">plan.pdf</a>"));

        // Refused by inspection, as a tus upload would be: listed with why, in Mongolian.
        post(f.learner, page + "/files/plain", "notes.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script>"
                .getBytes(StandardCharsets.UTF_8), 303);
        inspect();
        String refused = f.learner.given().accept("text/html").when().get(page).then().statusCode(200).extract()
                .asString();
        assertThat(refused, allOf(containsString("Файл нь үнэндээ text/html төрлийнх"), not(containsString("is really"))));

        // Too large for a form: the page again, with the reason and the draft text as it was.
        f.learner.given().accept("text/html").redirects().follow(false)
                .contentType(io.restassured.http.ContentType.URLENC.withCharset("UTF-8"))
                .formParam("action", "save").formParam("body", "Миний ноорог").when().post(page).then().statusCode(303);
        String tooLarge = post(f.learner, page + "/files/plain", "big.pdf", new byte[1_200_000], 400);
        assertThat(tooLarge, allOf(containsString("1 MB-аас том байна"), containsString(">Миний ноорог</textarea>"),
                containsString("enctype=\"multipart/form-data\""), not(containsString("big.pdf</a>"))));
    }
}
