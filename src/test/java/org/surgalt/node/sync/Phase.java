package org.surgalt.node.sync;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.surgalt.testsupport.Link;

/**
 * One measured part of NodeSyncBench: the link's counters from zero, and the node's calls to the
 * national server in that time from its log (NationalClient's DEBUG line per call: the bodies as sent,
 * as received and as inflated). Payload is what the calls carried in their bodies; the wire is every
 * byte the link moved (HTTP heads, signatures, gzip, TCP retries of nothing: the link counts the stream).
 */
final class Phase {

    private static final Pattern CALL = Pattern.compile(
            "node call: (\\S+) (\\S+) (\\d+) sent (\\d+) received (\\d+) inflated (\\d+) in (\\d+) ms");
    private static final Pattern CONTENT = Pattern.compile("node sync round: .*?(content: [^;]*)");

    private final NodePair pair;
    private final int logFrom;
    private final long started;
    private long filesFetched;
    private String contentLine = "";
    private double seconds;
    private Link.Stats wire;
    private long sent;

    private Phase(NodePair pair) {
        this.pair = pair;
        this.logFrom = pair.node().log().length();
        this.started = System.nanoTime();
        pair.link().reset();
    }

    static Phase begin(NodePair pair) {
        return new Phase(pair);
    }

    /** Prints the phase's line; {@code kind} names the payload the ratio is about (null: no ratio). */
    void end(String label, String kind) {
        seconds = NodeSyncBench.seconds(started);
        wire = pair.link().stats();
        String log = pair.node().log().substring(logFrom);
        long calls = 0;
        long received = 0;
        long inflated = 0;
        long filesSent = 0;
        Matcher call = CALL.matcher(log);
        while (call.find()) {
            calls++;
            sent += Long.parseLong(call.group(4));
            received += Long.parseLong(call.group(5));
            inflated += Long.parseLong(call.group(6));
            if (call.group(2).startsWith("/api/node/uploads/")) {
                filesSent += Long.parseLong(call.group(4));
            }
            if (call.group(2).startsWith("/api/node/files/")) {
                filesFetched += Long.parseLong(call.group(5));
            }
        }
        Matcher content = CONTENT.matcher(log);
        while (content.find()) {
            contentLine = content.group(1);
        }
        NodeSyncBench.say("%s: %.1f s, %d calls; wire to national %d B, to node %d B; payload sent %d B "
                + "(files %d B), received %d B (%d B inflated)%s", label, seconds, calls, wire.toServer(),
                wire.toClient(), sent, filesSent, received, inflated, ratio(kind, wire, sent, inflated));
    }

    private static String ratio(String kind, Link.Stats wire, long sent, long inflated) {
        if (kind == null) {
            return "";
        }
        if (kind.equals("down")) {
            return String.format("; wire to node / payload received %.3f", (double) wire.toClient() / Math.max(1, inflated));
        }
        return String.format("; %s: wire to national / payload sent %.3f, both ways / payload sent %.3f", kind,
                (double) wire.toServer() / Math.max(1, sent), (double) wire.bytes() / Math.max(1, sent));
    }

    /** The line for two phases together (the day's records and its files). */
    static void total(String label, Phase a, Phase b) {
        long sent = a.sent + b.sent;
        long toServer = a.wire.toServer() + b.wire.toServer();
        long toClient = a.wire.toClient() + b.wire.toClient();
        NodeSyncBench.say("%s: %.1f s; wire to national %d B, to node %d B; payload sent %d B; wire to national / "
                + "payload sent %.3f, both ways / payload sent %.3f", label, a.seconds + b.seconds, toServer, toClient,
                sent, (double) toServer / Math.max(1, sent), (double) (toServer + toClient) / Math.max(1, sent));
    }

    long filesFetched() {
        return filesFetched;
    }

    String contentLine() {
        return contentLine;
    }
}
