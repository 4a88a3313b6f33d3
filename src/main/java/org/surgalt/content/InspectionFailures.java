package org.surgalt.content;

import java.util.Locale;

/** Turns what Tika and POI throw into a reason the uploader can act on. */
final class InspectionFailures {

    static final String PASSWORD = "The document is password-protected; upload a copy without a password";

    private InspectionFailures() {
    }

    static InspectionRejected reasonFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (type.equals("EncryptedDocumentException") || message.contains("password")
                    || message.contains("encrypted")) {
                return new InspectionRejected(PASSWORD);
            }
            if (message.contains("doctype is disallowed")) {
                return new InspectionRejected("The document declares XML entities (a DOCTYPE), which can make the "
                        + "server fetch or expand data; such documents are refused");
            }
            if (message.contains("zip bomb") || message.contains("compression ratio")
                    || message.contains("exceed the max") || message.contains("inflate ratio")
                    || message.contains("max allowed")) {
                return new InspectionRejected("The file expands to far more than its size (a possible zip bomb)");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new InspectionRejected("The file is damaged and could not be read (" + firstLine(failure) + ")");
    }

    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.lines().findFirst().orElse("");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
