package org.surgalt.node;

/** An enrolled, unrevoked node whose signed request was verified (node/NodeAuthenticator). */
public record NodeCaller(long nodeId, long institutionId) {
}
