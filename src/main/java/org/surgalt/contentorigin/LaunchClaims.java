package org.surgalt.contentorigin;

import java.time.Instant;

/**
 * What a launch token says: who (the learner), what (a course's item in one published version),
 * which record (the attempt or registration the content may write), the learner's language (the
 * content origin has no cookie to say it), for what, and until when.
 * {@code purpose}: {@link #OPEN} opens a player once, shortly after the application made it;
 * {@link #SESSION} is the player's key to its runtime endpoints, renewed as it is used.
 */
public record LaunchClaims(String purpose, String kind, long userId, long courseId, long itemId, int courseVersion,
        long recordId, String language, Instant expires) {

    public static final String OPEN = "open";
    public static final String SESSION = "session";

    public LaunchClaims withPurpose(String newPurpose, Instant newExpiry) {
        return new LaunchClaims(newPurpose, kind, userId, courseId, itemId, courseVersion, recordId, language, newExpiry);
    }
}
