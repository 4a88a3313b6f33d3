package org.surgalt.xapi.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.xapi.XapiAgents;
import org.surgalt.xapi.XapiRejected;

/**
 * The programmatic State API Surgalt itself uses (cmi5 writes LMS.LaunchData through it): what it
 * stores is what the State resource serves, keyed as xAPI keys state documents.
 */
@QuarkusTest
class XapiDocumentsTest {

    @Inject
    XapiDocuments documents;

    @Inject
    XapiAgents agents;

    private static final String ACTIVITY = "https://surgalt.example/xapi/activities/au-" + UUID.randomUUID();

    @Test
    void aStateIsReadBackWithItsTypeAndEtagAndReplacedWhole() {
        ObjectNode learner = agents.learner(7001, "Bold");
        byte[] first = "{\"launchMode\":\"Normal\"}".getBytes(StandardCharsets.UTF_8);
        documents.putState(ACTIVITY, learner, null, "LMS.LaunchData", "application/json", first);

        XapiDocument stored = documents.state(ACTIVITY, agents.learner(7001, null), null, "LMS.LaunchData").orElseThrow();
        assertArrayEquals(first, stored.content(), "the agent's name is not part of the key");
        assertEquals("application/json", stored.contentType());
        assertEquals(DocumentContent.etag(first), stored.etag());

        byte[] second = "{\"launchMode\":\"Review\"}".getBytes(StandardCharsets.UTF_8);
        documents.putState(ACTIVITY, learner, null, "LMS.LaunchData", "application/json", second);
        XapiDocument replaced = documents.state(ACTIVITY, learner, null, "LMS.LaunchData").orElseThrow();
        assertArrayEquals(second, replaced.content(), "Surgalt's own write replaces, without preconditions");
        assertNotEquals(stored.etag(), replaced.etag());
        assertTrue(!replaced.updated().isBefore(stored.updated()));
    }

    @Test
    void registrationsLearnersAndActivitiesKeepTheirOwnDocuments() {
        String registration = UUID.randomUUID().toString();
        ObjectNode learner = agents.learner(7002, null);
        documents.putState(ACTIVITY, learner, registration.toUpperCase(), "LMS.LaunchData", "text/plain",
                "with registration".getBytes(StandardCharsets.UTF_8));

        assertEquals("with registration", new String(documents.state(ACTIVITY, learner, registration,
                "LMS.LaunchData").orElseThrow().content(), StandardCharsets.UTF_8), "a UUID in any case");
        assertTrue(documents.state(ACTIVITY, learner, null, "LMS.LaunchData").isEmpty());
        assertTrue(documents.state(ACTIVITY, agents.learner(7003, null), registration, "LMS.LaunchData").isEmpty());
        assertTrue(documents.state(ACTIVITY + "/other", learner, registration, "LMS.LaunchData").isEmpty());
    }

    @Test
    void badParametersAreRefusedAsTheStateResourceRefusesThem() {
        ObjectNode learner = agents.learner(7004, null);
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, assertThrows(XapiRejected.class,
                () -> documents.putState(ACTIVITY, learner, "not-a-uuid", "s", "application/json", body)).status());
        assertEquals(400, assertThrows(XapiRejected.class,
                () -> documents.putState("not an IRI", learner, null, "s", "application/json", body)).status());
        assertEquals(400, assertThrows(XapiRejected.class,
                () -> documents.putState(ACTIVITY, learner, null, "s", "application/json",
                        "{oops".getBytes(StandardCharsets.UTF_8))).status());
    }
}
