package org.surgalt.content;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

@QuarkusTest
class TusResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static Session owner;
    private static Session stranger;

    @Inject
    AssetStore assets;

    @Inject
    UploadService uploads;

    @Inject
    JobRunner jobs;

    @Inject
    EntityManager em;

    @BeforeEach
    void signIn() {
        if (owner == null) {
            owner = Sessions.as(aPerson().create());
            stranger = Sessions.as(aPerson().create());
        }
    }

    @Test
    void optionsTellsClientsWhatThisServerSpeaks() {
        RestAssured.given().when().options("/api/uploads").then().statusCode(204)
                .header("Tus-Version", "1.0.0").header("Tus-Extension", "creation,termination")
                .header("Tus-Max-Size", String.valueOf(2L * 1024 * 1024 * 1024));
    }

    @Test
    void anUploadInChunksIsStoredUnderItsHashAndQueuedForProcessing() throws Exception {
        byte[] content = random(300_000);
        String id = create(owner, content.length, "lesson plan.pdf");
        assertTrue(Files.exists(uploads.partFile(id)));

        patch(owner, id, 0, Arrays.copyOfRange(content, 0, 100_000)).then().statusCode(204)
                .header("Upload-Offset", "100000").header("Tus-Resumable", "1.0.0");
        head(owner, id).then().statusCode(200).header("Upload-Offset", "100000")
                .header("Upload-Length", "300000").header("Cache-Control", "no-store");
        patch(owner, id, 100_000, Arrays.copyOfRange(content, 100_000, 250_000)).then().statusCode(204);
        patch(owner, id, 250_000, Arrays.copyOfRange(content, 250_000, 300_000)).then().statusCode(204)
                .header("Upload-Offset", "300000");

        String sha = UploadService.sha256(write(content));
        owner.given().when().get("/api/uploads/{id}", id).then().statusCode(200)
                .body("status", equalTo("COMPLETE")).body("offset", equalTo(300_000))
                .body("sha256", equalTo(sha)).body("processing", equalTo("QUEUED")).body("job", equalTo("QUEUED"));
        assertFalse(Files.exists(uploads.partFile(id)), "the partial file became the asset");
        try (InputStream stored = assets.open(sha)) {
            assertArrayEquals(content, stored.readAllBytes());
        }

        while (jobs.runDue("test", 50) > 0) {
            // run the processing job (and any others due)
        }
        // Random bytes named .pdf are not a PDF: inspection refuses them, and says why.
        owner.given().when().get("/api/uploads/{id}", id).then().statusCode(200)
                .body("processing", equalTo("REJECTED")).body("job", equalTo("DONE"))
                .body("detectedType", equalTo("application/octet-stream"))
                .body("rejectedBecause", containsString("not allowed"));
    }

    @Test
    void aRealDocumentIsInspectedAndItsTextKeptForSearch() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf"));
        String id = create(owner, pdf.length, "handout.pdf");
        patch(owner, id, 0, pdf).then().statusCode(204);
        while (jobs.runDue("test", 50) > 0) {
            // run the inspection
        }
        owner.given().when().get("/api/uploads/{id}", id).then().statusCode(200)
                .body("processing", equalTo("READY")).body("detectedType", equalTo("application/pdf"))
                .body("kind", equalTo("file"));
        String sha = UploadService.sha256(write(pdf));
        Number texts = (Number) em.createNativeQuery("SELECT COUNT(*) FROM asset_text WHERE sha256 = ?1 AND text <> ''")
                .setParameter(1, sha).getSingleResult();
        assertEquals(1, texts.intValue(), "the extracted text is kept for search");
    }

    /**
     * The other tests run jobs in the test's thread, which has a CDI request context; the poller
     * runs them on worker threads that have none, as here.
     */
    @Test
    void theInspectionRunsOnAWorkerThreadWithoutARequestContext() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf"));
        String id = create(owner, pdf.length, "worker-thread.pdf");
        patch(owner, id, 0, pdf).then().statusCode(204);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            worker.submit(() -> {
                while (jobs.runDue("worker-thread", 50) > 0) {
                    // run the inspection
                }
            }).get(2, TimeUnit.MINUTES);
        } finally {
            worker.shutdown();
        }
        owner.given().when().get("/api/uploads/{id}", id).then().statusCode(200)
                .body("processing", equalTo("READY")).body("job", equalTo("DONE"));
    }

    @Test
    void theJobWorkersInspectAnUploadAsInARunningInstance() throws Exception {
        // poll() hands the job to the worker pool, as the scheduled poller does: no request
        // context there (runDue runs on the test's thread, which has one).
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf"));
        String id = create(owner, pdf.length, "worker.pdf");
        patch(owner, id, 0, pdf).then().statusCode(204);
        String processing = null;
        for (int i = 0; i < 300 && !"READY".equals(processing) && !"REJECTED".equals(processing); i++) {
            jobs.poll();
            Thread.sleep(100);
            processing = owner.given().when().get("/api/uploads/{id}", id).then().statusCode(200).extract()
                    .path("processing");
        }
        assertEquals("READY", processing, "a worker thread inspected the upload");
    }

    @Test
    void htmlNamedPdfIsRefusedWithTheRealType() throws Exception {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String id = create(owner, html.length, "not-really.pdf");
        patch(owner, id, 0, html).then().statusCode(204);
        while (jobs.runDue("test", 50) > 0) {
            // run the inspection
        }
        owner.given().when().get("/api/uploads/{id}", id).then().statusCode(200)
                .body("processing", equalTo("REJECTED")).body("detectedType", equalTo("text/html"))
                .body("rejectedBecause", containsString("text/html"));
    }

    @Test
    void theSameBytesUploadedTwiceAreOneAssetFile() throws Exception {
        byte[] content = random(50_000);
        String first = create(owner, content.length, "a.bin");
        patch(owner, first, 0, content).then().statusCode(204);
        String second = create(stranger, content.length, "b.bin");
        patch(stranger, second, 0, content).then().statusCode(204);

        String sha = UploadService.sha256(write(content));
        owner.given().get("/api/uploads/{id}", first).then().body("sha256", equalTo(sha));
        stranger.given().get("/api/uploads/{id}", second).then().body("sha256", equalTo(sha));
        Path folder = ((FileSystemAssetStore) assets).path(sha).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.filter(path -> path.getFileName().toString().contains(sha)).count());
        }
    }

    @Test
    void afterADroppedConnectionHeadTellsWhereToResume() throws Exception {
        byte[] content = random(1_000);
        String id = create(owner, content.length, "interrupted.txt");

        // A client that promises 1000 bytes, sends 300 and loses its connection.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH /api/uploads/" + id + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Cookie: " + Sessions.SESSION_COOKIE + "=" + owner.session() + "; " + Sessions.CSRF_COOKIE + "="
                    + owner.csrf() + "\r\nX-CSRF-Token: " + owner.csrf() + "\r\nTus-Resumable: 1.0.0\r\n"
                    + "Upload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                    + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content, 0, 300);
            out.flush();
            Thread.sleep(300);
        }
        long offset = 0;
        for (int i = 0; i < 100 && offset < 300; i++) {
            Thread.sleep(100);
            offset = Long.parseLong(head(owner, id).then().statusCode(200).extract().header("Upload-Offset"));
        }
        assertEquals(300, offset);

        patch(owner, id, 300, Arrays.copyOfRange(content, 300, 1_000)).then().statusCode(204)
                .header("Upload-Offset", "1000");
        String sha = owner.given().get("/api/uploads/{id}", id).then().body("status", equalTo("COMPLETE"))
                .extract().path("sha256");
        try (InputStream stored = assets.open(sha)) {
            assertArrayEquals(content, stored.readAllBytes());
        }
    }

    @Test
    void bytesAtAnotherOffsetThanReceivedAreRefusedWith409() {
        String id = create(owner, 100, "x.bin");
        patch(owner, id, 0, random(10)).then().statusCode(204);
        patch(owner, id, 5, random(10)).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("does not match the 10 bytes"));
        head(owner, id).then().header("Upload-Offset", "10");
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413BeforeAnythingIsStored() throws Exception {
        long before = incomingFiles();
        tus(owner).header("Upload-Length", String.valueOf(3L * 1024 * 1024 * 1024))
                .header("Upload-Metadata", metadata("huge.iso"))
                .when().post("/api/uploads").then().statusCode(413).contentType(PROBLEM)
                .body("title", equalTo("Content Too Large"))
                .body("detail", containsString("at most 2147483648 bytes"));
        assertEquals(before, incomingFiles(), "no partial file was created");
    }

    @Test
    void withoutUploadLengthCreationIsRefused() {
        tus(owner).when().post("/api/uploads").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anotherPersonCannotSeeOrTouchSomeonesUpload() {
        String id = create(owner, 100, "mine.txt");
        head(stranger, id).then().statusCode(404);
        patch(stranger, id, 0, random(10)).then().statusCode(404);
        tus(stranger).when().delete("/api/uploads/{id}", id).then().statusCode(404);
        stranger.given().when().get("/api/uploads/{id}", id).then().statusCode(404);
        head(owner, id).then().statusCode(200).header("Upload-Offset", "0");
    }

    @Test
    void terminationDeletesTheUploadAndItsPartialFile() {
        String id = create(owner, 100, "cancelled.txt");
        patch(owner, id, 0, random(40)).then().statusCode(204);
        assertTrue(Files.exists(uploads.partFile(id)));

        tus(owner).when().delete("/api/uploads/{id}", id).then().statusCode(204);

        assertFalse(Files.exists(uploads.partFile(id)));
        head(owner, id).then().statusCode(404);
    }

    @Test
    void uploadsIdleForADayExpireAndLoseTheirPartialFile() {
        String id = create(owner, 100, "forgotten.txt");
        patch(owner, id, 0, random(40)).then().statusCode(204);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE upload SET updated_at = :then WHERE id = :id")
                .setParameter("then", Instant.now().minusSeconds(25 * 3600)).setParameter("id", id).executeUpdate());

        assertTrue(uploads.expireIdle() >= 1);

        assertFalse(Files.exists(uploads.partFile(id)));
        head(owner, id).then().statusCode(404);
    }

    @Test
    void aClientOfAnotherTusVersionIsTold() {
        owner.given().header("Tus-Resumable", "0.2.2").header("Upload-Length", "10")
                .when().post("/api/uploads").then().statusCode(412).header("Tus-Version", "1.0.0");
    }

    private static RequestSpecification tus(Session session) {
        return session.given().header("Tus-Resumable", "1.0.0").redirects().follow(false);
    }

    private static String create(Session session, long length, String filename) {
        String location = tus(session).header("Upload-Length", String.valueOf(length))
                .header("Upload-Metadata", metadata(filename))
                .when().post("/api/uploads").then().statusCode(201)
                .header("Location", containsString("/api/uploads/")).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        return id;
    }

    private static io.restassured.response.Response patch(Session session, String id, long offset, byte[] bytes) {
        return tus(session)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs(TusResource.OCTETS, ContentType.BINARY)))
                .contentType(TusResource.OCTETS).header("Upload-Offset", String.valueOf(offset)).body(bytes)
                .when().patch("/api/uploads/{id}", id);
    }

    private static io.restassured.response.Response head(Session session, String id) {
        return tus(session).when().head("/api/uploads/{id}", id);
    }

    private static String metadata(String filename) {
        return "filename " + Base64.getEncoder().encodeToString(filename.getBytes(StandardCharsets.UTF_8))
                + ",filetype " + Base64.getEncoder().encodeToString("application/octet-stream".getBytes());
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return bytes;
    }

    private static Path write(byte[] bytes) throws Exception {
        Path file = Files.createTempFile("expected", ".bin");
        file.toFile().deleteOnExit();
        return Files.write(file, bytes);
    }

    private long incomingFiles() throws Exception {
        Path incoming = uploads.partFile("x").getParent();
        if (!Files.exists(incoming)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.count();
        }
    }
}
