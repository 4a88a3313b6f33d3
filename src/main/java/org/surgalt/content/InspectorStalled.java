package org.surgalt.content;

/**
 * This instance starts no inspection now: readers that overran their time limit are still
 * running. Not the file's fault, so it is never a reason to refuse it; the inspection is done
 * later, here or on another instance.
 */
public class InspectorStalled extends RuntimeException {

    InspectorStalled(int stuckWorkers) {
        super("Inspection is paused on this server until " + stuckWorkers
                + " files that took too long to read are done; this upload will be inspected then");
    }
}
