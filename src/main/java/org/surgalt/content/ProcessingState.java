package org.surgalt.content;

/** What became of a complete upload's content after it arrived. */
public enum ProcessingState {
    QUEUED, PROCESSING, READY, REJECTED
}
