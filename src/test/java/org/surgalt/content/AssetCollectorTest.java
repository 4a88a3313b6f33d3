package org.surgalt.content;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;
import org.surgalt.testsupport.Uploads;

/**
 * The periodic collection, with the real database and file store: content nothing refers to and
 * older than the grace period (24 h) goes, rows and file; everything else stays.
 */
@QuarkusTest
class AssetCollectorTest {

    private static final Duration OLDER_THAN_GRACE = Duration.ofHours(25);

    @Inject
    AssetCleanup cleanup;

    @Inject
    JobRunner runner;

    @Inject
    AssetStore store;

    @Inject
    AssetCollector collector;

    @Inject
    AssetRepository assets;

    @Inject
    EntityManager em;

    /** Runs whatever other tests left due, so that the collection below is the only job. */
    @BeforeEach
    void drain() {
        while (runner.runDue("drain", 100) > 0) {
            // keep going
        }
    }

    @Test
    void oldContentThatNothingRefersToIsDeletedWithItsTextAndFileAndEverythingElseStays() throws Exception {
        Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        String handout = upload(author, "handout.txt");
        String download = attachToANewItem(author, handout);
        String onItem = terminate(author, handout);
        String onUpload = sha256(author, upload(author, "kept by its upload.txt"));
        String unused = terminate(author, upload(author, "abandoned.txt"));
        String young = terminate(author, upload(author, "just finished.txt"));
        makeOld(onItem, onUpload, unused);
        String strayOld = strayFile(true);
        String strayYoung = strayFile(false);

        cleanup.queueCollection();
        cleanup.queueCollection();
        assertEquals(1, queuedCollections(), "a tick queues the collection, unless one is waiting");
        assertEquals(1, runner.runDue("test", 10));

        assertFalse(hasRow("asset", unused), "the unused asset's row is gone");
        assertFalse(hasRow("asset_text", unused), "and its text");
        assertFalse(store.exists(unused), "and its file");
        for (String kept : List.of(onItem, onUpload, young)) {
            assertTrue(hasRow("asset", kept) && hasRow("asset_text", kept) && store.exists(kept), kept);
        }
        assertFalse(store.exists(strayOld), "an old file without a row is deleted");
        assertTrue(store.exists(strayYoung), "a young one may be an upload being stored");
        author.given().when().get(download).then().statusCode(200);

        cleanup.queueCollection();
        assertEquals(1, queuedCollections(), "queued again once the last one is done");
        assertEquals(1, runner.runDue("test", 10));
        assertTrue(store.exists(onItem) && store.exists(onUpload) && store.exists(young), "a second run keeps them");
    }

    /**
     * The same bytes are uploaded again just as their old file, which has no row, is collected:
     * the upload's transaction has inserted the row and is storing the bytes when the collector
     * comes to them. The collector must wait for it and keep the file.
     */
    @Test
    void bytesUploadedAgainWhileTheyAreCollectedAreKept() throws Exception {
        String sha256 = strayFile(true);
        CountDownLatch rowInserted = new CountDownLatch(1);
        Thread upload = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            assets.insertIfAbsent(sha256, 42, "again.txt");
            rowInserted.countDown();
            sleep(Duration.ofSeconds(1)); // storing the bytes, completing the upload
        }));
        upload.start();
        rowInserted.await();

        collector.collect(Instant.now().minus(Duration.ofHours(24)));
        upload.join();

        assertTrue(hasRow("asset", sha256));
        assertTrue(store.exists(sha256), "the row's bytes are still there");
    }

    /** The collector's list of columns that refer to assets is the schema's. */
    @Test
    @SuppressWarnings("unchecked")
    void everyForeignKeyToAnAssetIsAReferenceTheCollectorChecks() {
        List<Object[]> keys = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT table_name, column_name FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND referenced_table_name = 'asset'""").getResultList());
        Set<String> columns = new TreeSet<>();
        keys.forEach(key -> columns.add(key[0] + "." + key[1]));
        columns.remove("asset_text.sha256");

        assertEquals(new TreeSet<>(AssetRepository.REFERENCES), columns);
    }

    /** A READY upload of text unique to this run (so that its asset is new). */
    private static String upload(Session author, String name) {
        byte[] text = ("Notes: " + name + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String id = Uploads.upload(author, text, name, "file");
        author.given().when().get("/api/uploads/{id}", id).then().statusCode(200)
                .body("processing", equalTo("READY"));
        return id;
    }

    private static String sha256(Session author, String upload) {
        return author.given().when().get("/api/uploads/{id}", upload).then().statusCode(200)
                .extract().jsonPath().getString("sha256");
    }

    /** The upload goes (tus termination) and its stored content stays: its asset's sha256. */
    private static String terminate(Session author, String upload) {
        String sha256 = sha256(author, upload);
        author.given().header("Tus-Resumable", "1.0.0").when().delete("/api/uploads/{id}", upload)
                .then().statusCode(204);
        return sha256;
    }

    /** @return the item file's download path */
    private static String attachToANewItem(Session author, String upload) {
        String code = "collect-" + System.nanoTime() % 1_000_000;
        long course = author.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "language", "en", "title", Map.of("en", "Collected")))
                .when().post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        long module = author.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "One")))
                .when().post("/api/courses/{c}/modules", course).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return author.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "file", "title", Map.of("en", "Handout"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", course, module)
                .then().statusCode(201).extract().jsonPath().getString("file.download");
    }

    private long queuedCollections() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM job WHERE kind = :kind AND state = 'QUEUED'")
                .setParameter("kind", AssetCleanup.JOB).getSingleResult()).longValue());
    }

    private void makeOld(String... sha256s) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE asset SET created_at = :old WHERE sha256 IN (:keys)")
                .setParameter("old", Instant.now().minus(OLDER_THAN_GRACE)).setParameter("keys", List.of(sha256s))
                .executeUpdate());
    }

    private String strayFile(boolean old) throws Exception {
        Path file = Files.createTempFile("stray", ".bin");
        Files.writeString(file, "stray " + UUID.randomUUID());
        String sha256 = UploadService.sha256(file);
        store.store(file, sha256);
        if (old) {
            Files.setLastModifiedTime(((FileSystemAssetStore) store).path(sha256),
                    FileTime.from(Instant.now().minus(OLDER_THAN_GRACE)));
        }
        return sha256;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean hasRow(String table, String sha256) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM " + table + " WHERE sha256 = :sha256").setParameter("sha256", sha256)
                .getSingleResult()).intValue() == 1);
    }
}
