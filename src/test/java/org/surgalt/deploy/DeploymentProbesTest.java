package org.surgalt.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.deploy.Manifests.string;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Asks the running application for every path deploy/kubernetes/deployment.yaml probes and
 * scrapes, so that a probe pointing at a path nobody serves (a pod that never becomes ready, or
 * is restarted forever) fails here rather than in a cluster.
 */
@QuarkusTest
class DeploymentProbesTest {

    @Test
    void everyProbeOfTheDeploymentIsAnsweredUp() {
        Map<String, Object> container = Manifests.load().container();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String path = string(container, probe, "httpGet", "path");
            var response = given().when().get(path);
            assertEquals(200, response.statusCode(), probe + " asks " + path + ", which answers " + response.statusCode());
            response.then().body("status", equalTo("UP"));
        }
    }

    @Test
    void prometheusScrapesMetrics() {
        String path = string(Manifests.load().deployment(), "spec", "template", "metadata", "annotations", "prometheus.io/path");
        given().when().get(path).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
