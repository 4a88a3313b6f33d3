package org.surgalt.node;

/**
 * A node's request or enrolment that cannot be trusted: answered 401 with one text whatever the
 * reason (unknown node, revoked, bad signature, replay, used or expired code), so that a caller learns
 * nothing from the difference. The reason is logged for the admins.
 */
class NodeRejected extends RuntimeException {

    NodeRejected(String reason) {
        super(reason, null, false, false);
    }
}
