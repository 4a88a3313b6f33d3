package org.surgalt.node.client.people;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** Node mode whose national server is this very instance (one database plays both sides, as NodeClientTest does). */
public class NodePeopleMode implements QuarkusTestProfile {

    static final int PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.test-port", Integer.toString(PORT), "surgalt.node.mode", "node",
                "surgalt.node.national-url", "http://localhost:" + PORT + "/");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
