package org.surgalt.notification;

import java.util.List;
import java.util.Optional;

/**
 * What a mail about an item lists for its reader: the pieces of work the feature that owns them
 * gave that person (the peer assessments allocated to them), and the page that gathers them.
 * Implemented by that feature as an {@code @ApplicationScoped} bean; asked inside the send job's
 * transaction, so the mail says what is true when it goes out.
 */
public interface WorkToDo {

    /** Site-relative links; empty when this bean has nothing to add to this kind of mail. */
    Optional<Work> of(NotificationKind kind, long userId, long itemId, String courseCode);

    /** {@code page}: where all of it is; {@code items}: one link per piece of work, in order. */
    record Work(String page, List<String> items) {
    }
}
