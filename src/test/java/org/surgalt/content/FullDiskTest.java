package org.surgalt.content;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/**
 * Issue 8: the asset disk fills up. On a real 3 MiB file system ({@link SmallAssetDisk}), filled
 * by the test with a real file: an upload that does not fit is refused with 507 before a byte is
 * written, and a chunk or a final store that meets the full disk is answered with 507, leaves
 * nothing partial (the part file is cut back to the acknowledged offset, no asset appears) and
 * resumes once there is room again.
 */
@QuarkusTest
@TestProfile(FullDiskTest.SmallDisk.class)
class FullDiskTest {

    public static class SmallDisk implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmallAssetDisk.class));
        }
    }

    private static final String PROBLEM = "application/problem+json";
    private static final Path ROOT_FILLER = SmallAssetDisk.ROOT.resolve("filler");
    private static final Path INCOMING_FILLER = SmallAssetDisk.INCOMING.resolve("filler");
    private static Session owner;

    @Inject
    UploadService uploads;

    @Inject
    AssetStore assets;

    @Inject
    EntityManager em;

    @BeforeEach
    void signIn() {
        if (owner == null) {
            owner = Sessions.as(aPerson().create());
        }
    }

    @AfterEach
    void makeRoom() throws IOException {
        Files.deleteIfExists(ROOT_FILLER);
        Files.deleteIfExists(INCOMING_FILLER);
    }

    @Test
    void theAssetRootIsTheSmallDisk() throws IOException {
        assertTrue(Files.getFileStore(SmallAssetDisk.ROOT).getTotalSpace() <= SmallAssetDisk.SIZE,
                "the asset root is the small tmpfs");
        assertFalse(Files.getFileStore(SmallAssetDisk.INCOMING).equals(Files.getFileStore(SmallAssetDisk.ROOT)),
                "incoming/ is a volume of its own");
    }

    @Test
    void anUploadThatDoesNotFitIsRefusedBeforeAnyByteIsStored() throws Exception {
        long rows = count("SELECT COUNT(*) FROM upload");
        long parts = incomingFiles();
        long fits = Math.min(usable(SmallAssetDisk.INCOMING), usable(SmallAssetDisk.ROOT)) - SmallAssetDisk.MIN_FREE;
        long tooMuch = fits + 1;

        create(owner, tooMuch).then().statusCode(507).contentType(PROBLEM)
                .body("status", equalTo(507)).body("title", equalTo("Insufficient Storage"))
                .body("detail", equalTo("The server has no room for this file (" + tooMuch + " bytes) right now: its"
                        + " disk is full. Ask an administrator to free space, then upload it again."));
        tus(owner).header("Accept-Language", "mn").header("Upload-Length", String.valueOf(tooMuch))
                .header("Upload-Metadata", metadata("big.bin")).when().post("/api/uploads")
                .then().statusCode(507).contentType(PROBLEM).body("title", equalTo("Хадгалах зай хүрэлцэхгүй"))
                .body("detail", containsString("энэ файлыг (" + tooMuch + " байт) хадгалах зай одоогоор алга"));
        assertEquals(rows, count("SELECT COUNT(*) FROM upload"), "no upload row");
        assertEquals(parts, incomingFiles(), "no part file");

        // What leaves the reserve free is accepted.
        String id = id(create(owner, fits).then().statusCode(201).extract().header("Location"));
        tus(owner).when().delete("/api/uploads/{id}", id).then().statusCode(204);

        // The store's volume counts too when incoming/ is another one.
        fill(ROOT_FILLER, 512 * 1024);
        long storeFits = usable(SmallAssetDisk.ROOT) - SmallAssetDisk.MIN_FREE;
        assertTrue(storeFits + 1 < usable(SmallAssetDisk.INCOMING) - SmallAssetDisk.MIN_FREE,
                "the store's volume is the fuller one now");
        create(owner, storeFits + 1).then().statusCode(507).contentType(PROBLEM)
                .body("detail", containsString("(" + (storeFits + 1) + " bytes)"));
        assertEquals(rows, count("SELECT COUNT(*) FROM upload"), "no upload row");
    }

    @Test
    void aChunkThatMeetsAFullDiskIsUndoneAndTheUploadResumesOnceThereIsRoom() throws Exception {
        byte[] content = random(1024 * 1024);
        int acknowledged = 256 * 1024;
        String id = id(create(owner, content.length).then().statusCode(201).extract().header("Location"));
        patch(owner, id, 0, Arrays.copyOf(content, acknowledged)).then().statusCode(204)
                .header("Upload-Offset", String.valueOf(acknowledged));

        fill(INCOMING_FILLER, 64 * 1024);
        byte[] rest = Arrays.copyOfRange(content, acknowledged, content.length);
        patch(owner, id, acknowledged, rest).then().statusCode(507).contentType(PROBLEM)
                .body("detail", equalTo("The server could not store this upload: its disk is full or failing. The"
                        + " first " + acknowledged + " bytes are kept; resume the upload once an administrator has"
                        + " freed space."));
        assertEquals(acknowledged, Files.size(uploads.partFile(id)), "cut back to the acknowledged offset");
        head(owner, id).then().statusCode(200).header("Upload-Offset", String.valueOf(acknowledged));
        String sha = UploadService.sha256(write(content));
        assertFalse(assets.exists(sha));

        Files.delete(INCOMING_FILLER);
        patch(owner, id, acknowledged, rest).then().statusCode(204)
                .header("Upload-Offset", String.valueOf(content.length));
        assertStored(sha, content);
        assertFalse(Files.exists(uploads.partFile(id)));
    }

    @Test
    void aStoreThatMeetsAFullDiskLeavesNoPartialAssetAndTheUploadResumes() throws Exception {
        byte[] content = random(1024 * 1024);
        int acknowledged = 512 * 1024;
        String id = id(create(owner, content.length).then().statusCode(201).extract().header("Location"));
        patch(owner, id, 0, Arrays.copyOf(content, acknowledged)).then().statusCode(204);

        fill(ROOT_FILLER, 64 * 1024);
        byte[] rest = Arrays.copyOfRange(content, acknowledged, content.length);
        patch(owner, id, acknowledged, rest).then().statusCode(507).contentType(PROBLEM)
                .body("detail", containsString("The first " + acknowledged + " bytes are kept"));
        String sha = UploadService.sha256(write(content));
        assertFalse(assets.exists(sha), "no asset");
        assertEquals(0, count("SELECT COUNT(*) FROM asset WHERE sha256 = '" + sha + "'"), "no asset row");
        try (Stream<Path> files = Files.walk(SmallAssetDisk.ROOT)) {
            assertEquals(List.of(), files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".tmp") || name.equals(sha)).toList(),
                    "no temporary or partial file in the store");
        }
        assertEquals(acknowledged, Files.size(uploads.partFile(id)), "cut back to the acknowledged offset");
        head(owner, id).then().statusCode(200).header("Upload-Offset", String.valueOf(acknowledged));
        owner.given().when().get("/api/uploads/{id}", id).then().statusCode(200).body("status", equalTo("UPLOADING"));

        Files.delete(ROOT_FILLER);
        patch(owner, id, acknowledged, rest).then().statusCode(204)
                .header("Upload-Offset", String.valueOf(content.length));
        assertStored(sha, content);
    }

    private void assertStored(String sha, byte[] content) throws IOException {
        try (InputStream stored = assets.open(sha)) {
            assertArrayEquals(content, stored.readAllBytes());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM asset WHERE sha256 = '" + sha + "'"));
    }

    /** A file that takes all but about {@code leave} bytes of its volume's free space. */
    private static void fill(Path filler, long leave) throws IOException {
        long size = usable(filler.getParent()) - leave;
        byte[] block = new byte[64 * 1024];
        new Random().nextBytes(block);
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        assertTrue(usable(filler.getParent()) <= leave + 8192, "filled: " + usable(filler.getParent()) + " left");
    }

    private static long usable(Path where) throws IOException {
        return Files.getFileStore(where).getUsableSpace();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private long incomingFiles() throws IOException {
        try (Stream<Path> files = Files.list(SmallAssetDisk.INCOMING)) {
            return files.filter(file -> file.toString().endsWith(".part")).count();
        }
    }

    private static RequestSpecification tus(Session session) {
        return session.given().header("Tus-Resumable", "1.0.0").redirects().follow(false);
    }

    private static Response create(Session session, long length) {
        return tus(session).header("Upload-Length", String.valueOf(length)).header("Upload-Metadata", metadata("big.bin"))
                .when().post("/api/uploads");
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Response patch(Session session, String id, long offset, byte[] bytes) {
        return tus(session)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs(TusResource.OCTETS, ContentType.BINARY)))
                .contentType(TusResource.OCTETS).header("Upload-Offset", String.valueOf(offset)).body(bytes)
                .when().patch("/api/uploads/{id}", id);
    }

    private static Response head(Session session, String id) {
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

    private static Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("expected", ".bin");
        file.toFile().deleteOnExit();
        return Files.write(file, bytes);
    }
}
