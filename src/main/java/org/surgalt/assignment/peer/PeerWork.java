package org.surgalt.assignment.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.surgalt.notification.NotificationKind;
import org.surgalt.notification.WorkToDo;

/**
 * What peer assessment adds to a person's mail: the submissions allocated to an assessor (all of
 * them when allocated, those not yet assessed in a reminder), and, in the mail that releases a
 * learner's grade, the page with their peers' feedback. Links only, never an author's name.
 */
@ApplicationScoped
class PeerWork implements WorkToDo {

    private final PeerRepository peers;

    PeerWork(PeerRepository peers) {
        this.peers = peers;
    }

    @Override
    public Optional<Work> of(NotificationKind kind, long userId, long itemId, String courseCode) {
        if (peers.settings(itemId).filter(PeerSettings::enabled).isEmpty()) {
            return Optional.empty();
        }
        String page = "/courses/" + courseCode + "/peer/assignments/" + itemId;
        List<PeerAssessment> mine = peers.byAssessor(itemId, userId);
        return switch (kind) {
            case PEER_ALLOCATED -> Optional.of(new Work(page, links(courseCode, mine)));
            case PEER_REMINDER -> Optional.of(new Work(page, links(courseCode,
                    mine.stream().filter(a -> !a.done()).toList())));
            case FEEDBACK_RELEASED -> peers.assessedByPeers(itemId, userId) ? Optional.of(new Work(page, List.of()))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static List<String> links(String courseCode, List<PeerAssessment> assessments) {
        return assessments.stream().map(a -> "/courses/" + courseCode + "/peer/assessments/" + a.id()).toList();
    }
}
