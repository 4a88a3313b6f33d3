package org.surgalt.node.client;

import java.io.IOException;

/**
 * One part of a node's sync round (content down, people down, records up, results down). The round
 * ({@link NodeSync}) runs every step in {@link #order()}, each on its own: a step that fails does not stop
 * the next. A step opens no transaction across a call to the national server, and leaves nothing
 * half-applied when the link drops: what it wrote is whole, what it did not is tried again next round.
 */
public interface SyncStep {

    enum Direction {
        DOWN, UP
    }

    /** What is waiting to go up (or come down) when the round ends: records, files, bytes. */
    record Backlog(long records, long files, long bytes) {
        public static final Backlog NONE = new Backlog(0, 0, 0);

        Backlog plus(Backlog other) {
            return new Backlog(records + other.records, files + other.files, bytes + other.bytes);
        }
    }

    /** How a step's run went; {@code detail} is for the status page and the log (English, short). */
    record Outcome(boolean complete, String detail) {
        public static Outcome done(String detail) {
            return new Outcome(true, detail);
        }

        /** Stopped early (the link dropped, a budget ran out); the next round goes on from there. */
        public static Outcome unfinished(String detail) {
            return new Outcome(false, detail);
        }
    }

    /** A short name for logs and the status page: "people", "content", "records", "results". */
    String name();

    Direction direction();

    /**
     * Lower runs first: content (10) before people (20), so that a cohort's course that comes down is
     * attached in the same round; then records up (30), then results (40).
     */
    int order();

    /**
     * Does this step's work for one round. IOException: the national server could not be reached or
     * answered nonsense; the round goes on with the next step.
     */
    Outcome run(NodeIdentity node) throws IOException;

    /** What this step still has to move. */
    default Backlog backlog() {
        return Backlog.NONE;
    }
}
