package org.surgalt.testsupport;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.surgalt.platform.jobs.JobRunner;

/** Uploads bytes through the real tus endpoints and runs the inspection job. */
public final class Uploads {

    private static final String OCTETS = "application/offset+octet-stream";

    private Uploads() {
    }

    /** @return the upload's id, inspected (READY or REJECTED) */
    public static String upload(Sessions.Session session, byte[] bytes, String filename, String kind) {
        String metadata = "filename " + b64(filename) + ",filetype " + b64("application/octet-stream") + ",kind "
                + b64(kind);
        String location = session.given().header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", String.valueOf(bytes.length)).header("Upload-Metadata", metadata)
                .when().post("/api/uploads").then().statusCode(201)
                .header("Location", containsString("/api/uploads/")).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        session.given().header("Tus-Resumable", "1.0.0")
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs(OCTETS, ContentType.BINARY)))
                .contentType(OCTETS).header("Upload-Offset", "0").body(bytes)
                .when().patch("/api/uploads/{id}", id).then().statusCode(204);
        JobRunner jobs = Arc.container().instance(JobRunner.class).get();
        while (jobs.runDue("test", 50) > 0) {
            // inspect it (and anything else due)
        }
        return id;
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
