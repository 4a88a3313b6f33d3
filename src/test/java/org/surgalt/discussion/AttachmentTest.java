package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * Files on posts: through the upload pipeline (inspected, refused with the reason), from a plain
 * form without JavaScript or a tus upload, downloaded (never inline) only by those who may read
 * the post; a hidden post's files are hidden with it; a Q&A answer's files wait as the answer does.
 */
@QuarkusTest
class AttachmentTest {

    private static final Pattern LINK = Pattern.compile("href=\"(/discussion/attachments/\\d+)\" download>plan\\.pdf<");

    private static void inspect() {
        JobRunner jobs = Arc.container().instance(JobRunner.class).get();
        while (jobs.runDue("test", 50) > 0) {
            // the inspection of what was posted
        }
    }

    private static String post(Sessions.Session who, long postId, String name, byte[] bytes, int status) {
        String csrf = Sessions.csrfToken();
        return who.given().accept("text/html").redirects().follow(false).cookie(Sessions.CSRF_COOKIE, csrf)
                .queryParam("_csrf", csrf).multiPart("file", name, bytes, "application/octet-stream")
                .when().post("/discussion/posts/{id}/attachments", postId).then().statusCode(status).extract().asString();
    }

    private static long opening(long threadId) {
        return ((Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("SELECT id FROM forum_post WHERE thread_id = ?1 AND opening = TRUE")
                .setParameter(1, threadId).getSingleResult())).longValue();
    }

    @Test
    void aPlainFormsFileIsInspectedAndDownloadedByReadersOnlyAndHiddenWithItsPost() throws Exception {
        DiscussionFixture f = new DiscussionFixture();
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "My plan", "See the file");
        long post = opening(thread);
        String page = f.askerSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .extract().asString();
        assertTrue(page.contains("enctype=\"multipart/form-data\" action=\"/discussion/posts/" + post + "/attachments?_csrf="));

        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf"));
        post(f.askerSession, post, "plan.pdf", pdf, 303);
        inspect();
        String shown = f.otherSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .statusCode(200).extract().asString();
        Matcher link = LINK.matcher(shown);
        assertTrue(link.find(), shown);
        String href = link.group(1);
        var download = f.otherSession.given().get(href).then().statusCode(200).extract();
        assertEquals("application/octet-stream", download.contentType(), "never inline, whatever the type");
        assertTrue(download.header("Content-Disposition").startsWith("attachment"));
        assertEquals(pdf.length, download.asByteArray().length);
        // Someone who may not read the course may not download it.
        Sessions.as(aPerson().create()).given().get(href).then().statusCode(403);
        // Not the author: no attaching; a file that is not what its name says is refused with the reason.
        post(f.otherSession, post, "x.pdf", pdf, 403);
        post(f.askerSession, post, "notes.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script>"
                .getBytes(StandardCharsets.UTF_8), 303);
        inspect();
        f.askerSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .body(containsString("notes.pdf · refused: "));
        f.otherSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .body(not(containsString("notes.pdf")));
        // No file chosen: the form again, with the reason.
        post(f.askerSession, post, "", new byte[0], 400);

        // The post hidden: its file with it, except for its moderators.
        long reply = DiscussionFixture.reply(f.askerSession, thread, "And another");
        String upload = Uploads.upload(f.askerSession, pdf, "plan.pdf", "file");
        String reference = f.askerSession.given().contentType(ContentType.JSON).body("{\"upload\":\"" + upload + "\"}")
                .post("/api/discussion/posts/{id}/attachments", reply).then().statusCode(201)
                .extract().path("link");
        f.otherSession.given().get(reference).then().statusCode(200);
        f.otherSession.given().get("/api/discussion/threads/{id}", thread).then()
                .body("files.'" + reply + "'[0].link", org.hamcrest.Matchers.equalTo(reference));
        f.staff.form().formParam("reason", "Wrong file").post("/discussion/posts/{id}/hide", reply).then().statusCode(303);
        f.otherSession.given().get(reference).then().statusCode(404);
        f.askerSession.given().get(reference).then().statusCode(404);
        f.staff.given().get(reference).then().statusCode(200);
    }

    @Test
    void anAnswersFileWaitsLikeTheAnswerInAQuestionForum() throws Exception {
        DiscussionFixture f = new DiscussionFixture();
        long thread = DiscussionFixture.thread(f.staff, f.forum("questions"), "What is a lesson plan?", "Answer below");
        long answer = DiscussionFixture.reply(f.askerSession, thread, "Mine, with my plan");
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf"));
        String upload = Uploads.upload(f.askerSession, pdf, "plan.pdf", "file");
        String reference = f.askerSession.given().contentType(ContentType.JSON).body("{\"upload\":\"" + upload + "\"}")
                .post("/api/discussion/posts/{id}/attachments", answer).then().statusCode(201).extract().path("link");
        f.otherSession.given().get(reference).then().statusCode(404);
        DiscussionFixture.reply(f.otherSession, thread, "My own answer");
        f.otherSession.given().get(reference).then().statusCode(200);
    }
}
