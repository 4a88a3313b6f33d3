package org.surgalt.samples;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A malformed sample folder does not keep the application from starting. */
@QuarkusTest
@TestProfile(SampleImportAtStartTest.BrokenSamples.class)
class SampleImportAtStartTest {

    public static class BrokenSamples implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("surgalt.samples.import", "true", "surgalt.samples.dir", "src/test/resources/broken-samples");
        }
    }

    @Test
    void theApplicationStartsAndImportsWhatItCan() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200);
        org.surgalt.testsupport.Sessions.as(org.surgalt.testsupport.PersonBuilder.aPerson()
                .withRole(org.surgalt.identity.Role.ADMIN).create()).given()
                .when().get("/api/courses").then().statusCode(200)
                .body("code", hasItem("good-sample")).body("code", not(hasItem("bad-yaml")));
        String log = Files.readString(Path.of("target", "quarkus-test.log"));
        assertTrue(log.contains("Sample not imported: broken-samples/bad-yaml/course.yaml: line 5, column 4"),
                "the log names the broken file and where it breaks");
    }
}
