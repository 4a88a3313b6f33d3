package org.surgalt.scorm.manifest;

/** Why a SCORM package cannot be played, in plain words for the person who uploaded it. */
public class PackageRejected extends Exception {

    public PackageRejected(String reason) {
        super(reason, null, false, false);
    }
}
