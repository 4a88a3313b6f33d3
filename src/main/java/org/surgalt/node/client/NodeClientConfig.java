package org.surgalt.node.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** This instance as a school node (issue 24): its mode, its national server and how often it reports. */
@ConfigMapping(prefix = "surgalt.node")
public interface NodeClientConfig {

    enum Mode {
        NATIONAL, NODE
    }

    /** {@code national} (the default: the registry, /admin/nodes) or {@code node} (a school's lab computer). */
    @WithDefault("national")
    Mode mode();

    /** The national server's address (https://surgalt.example.mn); unset, the IT teacher types it at /node/setup. */
    Optional<String> nationalUrl();

    /** How often an enrolled node sends its heartbeat (a Quarkus scheduler interval; "off" disables it). */
    @WithDefault("5m")
    String heartbeatInterval();

    default boolean isNode() {
        return mode() == Mode.NODE;
    }
}
