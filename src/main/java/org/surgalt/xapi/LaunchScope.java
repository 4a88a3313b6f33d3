package org.surgalt.xapi;

/**
 * What content launched by Surgalt may do in the LRS with its per-launch credentials: write (and
 * read) statements and documents as one learner, for one item of one published course version.
 * {@code kind} is the player ("cmi5", "h5p"); {@code recordId} the player's own record (a cmi5
 * session, an H5P attempt); {@code registration} the xAPI registration (UUID) the content must use,
 * or null where the player does not use one; {@code activityId} the launched activity's IRI.
 */
public record LaunchScope(String kind, long userId, long courseId, long itemId, int courseVersion, long recordId,
        String registration, String activityId) {
}
