package org.surgalt.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.content.AssetStore;
import org.surgalt.testsupport.Sessions;
import io.quarkus.test.junit.QuarkusTest;

/**
 * HEAD/PUT /api/node/uploads/{sha256} (NODE-PROTOCOL.md §5): a node's file comes up in pieces, resumes
 * from the offset the national side has after a cut, and becomes an asset only when its bytes hash to
 * its name.
 */
@QuarkusTest
class NodeUploadsTest {

    private TestNode node;
    private TestNode otherNode;

    @BeforeEach
    void nodes() {
        String school = "up-files-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        Sessions.Session admin = TestNode.admin();
        node = TestNode.enrolled(admin, school);
        otherNode = TestNode.enrolled(admin, school);
    }

    @Test
    void aFileCutInTheMiddleResumesFromTheNationalOffsetAndBecomesAnAssetWhenItsHashMatches() throws Exception {
        byte[] file = new byte[3000];
        new Random(24).nextBytes(file);
        String sha = sha256(file);
        head(node, sha).then().statusCode(200).header("Upload-Offset", "0").header("Upload-Complete", "false");

        put(node, sha, "bytes 0-999/3000", Arrays.copyOfRange(file, 0, 1000)).then().statusCode(204)
                .header("Upload-Offset", "1000");
        // The link drops; on the next round the node asks where the file stands and goes on from there.
        head(node, sha).then().statusCode(200).header("Upload-Offset", "1000");
        // Another node's partial file is its own.
        head(otherNode, sha).then().statusCode(200).header("Upload-Offset", "0");
        // A piece that does not start at the offset is refused, and nothing of it kept.
        put(node, sha, "bytes 1500-2999/3000", Arrays.copyOfRange(file, 1500, 3000)).then().statusCode(409)
                .contentType("application/problem+json");
        put(node, sha, "bytes 1000-2999/3000", Arrays.copyOfRange(file, 1000, 1999)).then().statusCode(400)
                .contentType("application/problem+json");
        put(node, sha, "bytes 1000-2999/3000", Arrays.copyOfRange(file, 1000, 3000)).then().statusCode(201)
                .header("Upload-Complete", "true");

        head(node, sha).then().statusCode(200).header("Upload-Complete", "true");
        try (InputStream stored = Arc.container().instance(AssetStore.class).get().open(sha)) {
            assertArrayEquals(file, stored.readAllBytes());
        }
        // Sending it again changes nothing: it is there.
        put(otherNode, sha, "bytes 0-2999/3000", file).then().statusCode(201).header("Upload-Complete", "true");
    }

    @Test
    void aFileWhoseBytesDoNotHashToItsNameIsRefusedAndNothingKept() throws Exception {
        byte[] file = "not the file it claims to be".getBytes();
        String claimed = sha256("the real file".getBytes());
        put(node, claimed, "bytes 0-" + (file.length - 1) + "/" + file.length, file).then().statusCode(400)
                .contentType("application/problem+json");
        head(node, claimed).then().statusCode(200).header("Upload-Offset", "0").header("Upload-Complete", "false");
        assertFalse(Arc.container().instance(AssetStore.class).get().exists(claimed));

        put(node, claimed, "bytes=0-5", file).then().statusCode(400).contentType("application/problem+json");
        put(node, "NOT-A-HASH", "bytes 0-0/1", new byte[1]).then().statusCode(404);
        RestAssured.given().contentType("application/octet-stream").header("Content-Range", "bytes 0-0/1")
                .body(new byte[1]).put("/api/node/uploads/" + claimed).then().statusCode(401)
                .contentType("application/problem+json");
        assertEquals(0, RestAssured.given().head("/api/node/uploads/" + claimed).then().statusCode(401)
                .extract().body().asByteArray().length);
    }

    static Response head(TestNode node, String sha) {
        String path = "/api/node/uploads/" + sha;
        return RestAssured.given().header("Authorization", "Node " + node.sign(node.claims("HEAD", path, new byte[0])
                .build())).head(path);
    }

    static Response put(TestNode node, String sha, String range, byte[] piece) {
        String path = "/api/node/uploads/" + sha;
        return RestAssured.given().header("Authorization", "Node " + node.sign(node.claims("PUT", path, piece).build()))
                .header("Content-Range", range).contentType("application/octet-stream").body(piece).put(path);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

}
