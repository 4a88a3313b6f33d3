package org.surgalt.lti;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class with the real ltijs tool of its own, started before its first test (in @BeforeEach:
 * RestAssured knows the test port only by then), registered by a site admin, stopped after its last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithLtijsTool {

    protected final String clientId = "surgalt-test-" + UUID.randomUUID();
    protected LtijsTool tool;

    @BeforeEach
    void startTool() throws Exception {
        if (tool == null) {
            tool = LtijsTool.registered(clientId, registration(), host());
        }
    }

    /** The name the tool is addressed by: the loopback address unless a test needs another. */
    protected String host() {
        return "127.0.0.1";
    }

    /** More registration fields for this class's tool (what it learns of people, roster access). */
    protected java.util.Map<String, Object> registration() {
        return java.util.Map.of();
    }

    @AfterAll
    void stopTool() {
        if (tool != null) {
            tool.close();
        }
    }
}
