package org.surgalt.node.client.up;

/** A row of the node's outbox (V051 {@code up_record}): a record waiting to go up, held, or refused. */
public record UpRecord(long id, String uid, Kind kind, String payload, State state, String detail) {

    public enum Kind {
        FACT, SUBMISSION, ATTEMPT, ATTENDANCE
    }

    public enum State {
        /** Waiting for the next round. */
        QUEUED,
        /** Its person, course or item has no national link yet; tried again every round. */
        HELD,
        /** The national server refused it (detail: why); never sent again. */
        REFUSED
    }
}
