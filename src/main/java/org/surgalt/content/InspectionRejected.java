package org.surgalt.content;

/** Why an upload is refused, in words for the person who uploaded it. Never escapes {@link Inspector}. */
class InspectionRejected extends Exception {

    InspectionRejected(String reason) {
        super(reason, null, false, false);
    }
}
