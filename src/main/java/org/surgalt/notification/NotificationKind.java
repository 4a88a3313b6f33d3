package org.surgalt.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a learner is emailed about; each can be turned off on /account/notifications.
 * INACTIVITY_NUDGE is sent by early warning (reporting/warning), which also offers a sign-in-free way off.
 * DISCUSSION_MENTION is sent by discussion/ (MentionMails) when someone @mentions the person in a post.
 * PEER_ALLOCATED and PEER_REMINDER go to peer assessors (assignment/peer): what they are to assess, and
 * what they have not assessed shortly before the assessment deadline.
 */
public enum NotificationKind {
    FEEDBACK_RELEASED, DEADLINE_SOON, EXTENSION_GRANTED, INACTIVITY_NUDGE, DISCUSSION_MENTION, PEER_ALLOCATED, PEER_REMINDER;

    /** "feedback-released": the form's value. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<NotificationKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }
}
