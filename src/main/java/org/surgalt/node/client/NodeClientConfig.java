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

    /**
     * How often an enrolled node syncs (content and people down, records up, results down); a Quarkus
     * scheduler interval, or "off" (the status page's button still syncs).
     */
    @WithDefault("15m")
    String syncInterval();

    /**
     * When scheduled syncs may run, in the node's local time: {@code HH:mm-HH:mm} (may wrap midnight:
     * {@code 22:00-06:00} is nights only). Unset: any time. The status page's button syncs at any time.
     */
    Optional<String> syncWindow();

    /** The most the node sends and receives on average, in bits per second. Unset: no cap. */
    Optional<Long> bandwidthCap();

    default boolean isNode() {
        return mode() == Mode.NODE;
    }
}
