package org.surgalt.authoring;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * The "done when", through the authors' and learners' pages as a browser without script
 * would use them (uploads go through the same tus API the page's script uses): a master teacher
 * builds a module with a Markdown page, a PPTX, a PDF and an MP4, sends it to review, a reviewer
 * approves it, it is published, a learner works through it; a second version changes the page
 * and the learner's progress on the other items is intact.
 */
@QuarkusTest
class AuthoringJourneyTest {

    private static final Path FILES = Path.of("src/test/resources/upload-torture/tika");

    @Test
    void aMasterTeacherPublishesAModuleAndALearnerKeepsProgressAcrossVersions() throws Exception {
        TestPerson teacher = aPerson().withRole(Role.AUTHOR).create();
        Sessions.Session author = Sessions.as(teacher);
        String code = "journey-" + System.nanoTime() % 1_000_000;
        form(author, "/author/courses", "code", code, "language", "mn", "titleMn", "Компьютерын ухаан",
                "titleEn", "Computer science");
        form(author, "/author/courses/" + code + "/modules", "titleMn", "Танилцуулга");
        long moduleId = number(page(author, "/author/courses/" + code), "id=\"module-(\\d+)\"");

        long lesson = addItem(author, code, moduleId, "page", "Хичээлийн төлөвлөгөө");
        save(author, code, lesson, "Хичээлийн төлөвлөгөө", "# Зорилго\n\nСурагчид **алгоритм** гэж юу болохыг ойлгоно.");
        long slides = addItem(author, code, moduleId, "file", "Слайд");
        long handout = addItem(author, code, moduleId, "file", "Гарын авлага");
        long video = addItem(author, code, moduleId, "video", "Видео");
        byte[] pptx = Files.readAllBytes(FILES.resolve("testPPT.pptx"));
        attach(author, code, slides, Uploads.upload(author, pptx, "Слайд.pptx", "file"));
        attach(author, code, handout, Uploads.upload(author, Files.readAllBytes(FILES.resolve("testPDF.pdf")),
                "handout.pdf", "file"));
        attach(author, code, video, Uploads.upload(author, Files.readAllBytes(FILES.resolve("testMP4Video.mp4")),
                "intro.mp4", "video"));
        // A file of the wrong kind is refused with the reason, and the item keeps what it had.
        String refused = Uploads.upload(author, "<html><script>alert(1)</script></html>".getBytes(), "evil.pdf", "file");
        author.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("upload", refused)
                .when().post("/author/courses/{code}/items/{id}/file", code, handout);
        author.given().accept("text/html").when().get("/author/courses/{code}/items/{id}", code, handout)
                .then().statusCode(200).body(allOf(containsString("handout.pdf"), containsString("rejected")));
        String draft = page(author, "/author/courses/" + code);
        assertTrue(draft.contains("Слайд.pptx") && draft.contains("handout.pdf") && draft.contains("intro.mp4"), draft);

        // Review: the author invites a colleague, sends the draft, the colleague approves, the author publishes.
        TestPerson colleague = aPerson().create();
        form(author, "/author/courses/" + code + "/review/reviewers", "email", colleague.email());
        form(author, "/author/courses/" + code + "/review");
        Sessions.Session reviewer = Sessions.as(colleague);
        reviewer.given().accept("text/html").when().get("/author/courses/{code}", code).then().statusCode(200)
                .body(containsString("/review/approve"));
        form(reviewer, "/author/courses/" + code + "/review/comments", "item", Long.toString(slides),
                "body", "Слайд сайн байна.");
        form(reviewer, "/author/courses/" + code + "/review/approve");
        form(author, "/author/courses/" + code + "/review/publish");

        // A learner sees the published module, opens everything, downloads the slides.
        TestPerson learnerPerson = aPerson().enrolledIn(code).create();
        Sessions.Session learner = Sessions.as(learnerPerson);
        String outline = page(learner, "/courses/" + code);
        assertTrue(outline.contains("Танилцуулга") && outline.contains("Слайд") && outline.contains("Видео"), outline);
        learner.given().accept("text/html").when().get("/courses/{code}/items/{id}", code, lesson).then()
                .statusCode(200).body(containsString("<strong>алгоритм</strong>"));
        for (long item : new long[] {slides, handout, video}) {
            learner.given().accept("text/html").when().get("/courses/{code}/items/{id}", code, item).then()
                    .statusCode(200);
        }
        // A video counts when watched (reported by the page's script, or marked by the learner without it).
        learner.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .when().post("/courses/{code}/items/{id}/watched", code, video).then().statusCode(303);
        byte[] downloaded = learner.given().when().get("/courses/{code}/items/{id}/file", code, slides).then()
                .statusCode(200).header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertArrayEquals(pptx, downloaded);
        learner.given().when().get("/courses/{code}/items/{id}/file", code, video).then().statusCode(200)
                .contentType("video/mp4");
        assertTrue(page(learner, "/courses/" + code).contains("100%"));
        // Search finds a word that is only in the slides (text Tika extracted from the PPTX).
        learner.given().queryParam("q", "watershed").when().get("/api/search").then().statusCode(200)
                .body("results.findAll { it.courseCode == '" + code + "' }.itemId", org.hamcrest.Matchers.contains((int) slides))
                .body("results.findAll { it.courseCode == '" + code + "' }.foundIn", org.hamcrest.Matchers.contains("file"));

        // Version 2 changes the page only; the learner's progress on the other items is intact.
        save(author, code, lesson, "Хичээлийн төлөвлөгөө", "# Зорилго\n\nШинэчилсэн: **өгөгдлийн бүтэц**.");
        learner.given().accept("text/html").when().get("/courses/{code}/items/{id}", code, lesson).then()
                .body(not(containsString("Шинэчилсэн")));
        form(author, "/author/courses/" + code + "/review");
        form(reviewer, "/author/courses/" + code + "/review/approve");
        form(author, "/author/courses/" + code + "/review/publish");
        learner.given().accept("text/html").when().get("/courses/{code}/items/{id}", code, lesson).then()
                .body(containsString("<strong>өгөгдлийн бүтэц</strong>"));
        String after = page(learner, "/courses/" + code);
        assertTrue(after.contains("100%"), after);
        author.given().accept("text/html").when().get("/author/courses/{code}/review/diff?from=1&to=2", code)
                .then().statusCode(200).body(allOf(containsString("өгөгдлийн бүтэц"), not(containsString("Слайд.pptx"))));
    }

    private static long addItem(Sessions.Session author, String code, long moduleId, String kind, String title) {
        String location = author.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("kind", kind).formParam("titleMn", title)
                .when().post("/author/courses/{code}/modules/{m}/items", code, moduleId)
                .then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void save(Sessions.Session author, String code, long item, String title, String markdown) {
        String path = "/author/courses/" + code + "/items/" + item;
        long version = number(page(author, path), "name=\"version\" value=\"(\\d+)\"");
        form(author, path, "version", Long.toString(version), "titleMn", title, "bodyMn", markdown,
                "completion", "viewed");
    }

    private static void attach(Sessions.Session author, String code, long item, String upload) {
        form(author, "/author/courses/" + code + "/items/" + item + "/file", "upload", upload);
    }

    /** Posts a form like a browser and expects the redirect back to a page. */
    private static void form(Sessions.Session who, String path, String... fields) {
        var request = who.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"));
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        var response = request.when().post(path).then().extract();
        if (response.statusCode() != 303) {
            throw new AssertionError(path + " answered " + response.statusCode() + ":\n" + response.asString());
        }
    }

    private static String page(Sessions.Session who, String path) {
        return who.given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
    }

    private static long number(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no match for " + regex);
        }
        return Long.parseLong(matcher.group(1));
    }
}
