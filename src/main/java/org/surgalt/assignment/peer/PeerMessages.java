package org.surgalt.assignment.peer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Peer assessment's pages ({peer:key}; messages/peer.properties and peer_mn.properties). */
@MessageBundle(value = "peer", locale = "en")
public interface PeerMessages {

    @Message
    String peer_settings_title(String title);

    @Message
    String peer_settings_back(String title);

    @Message
    String peer_settings_saved();

    @Message
    String peer_enabled();

    @Message
    String peer_peers();

    @Message
    String peer_allocation();

    @Message
    String peer_allocation_random();

    @Message
    String peer_allocation_other_school();

    @Message
    String peer_anonymous();

    @Message
    String peer_assess_until();

    @Message
    String peer_teacher_weight();

    @Message
    String peer_assessing_weight();

    @Message
    String peer_rule(int teacher, int peers, int score, int assessing);

    @Message
    String peer_allocated(String when);

    @Message
    String peer_save();
    @Message
    String peer_page_title(String title);

    @Message
    String peer_back();

    @Message
    String peer_to_assess();

    @Message
    String peer_none_to_assess();

    @Message
    String peer_work(int number);

    @Message
    String peer_done();

    @Message
    String peer_not_done();

    @Message
    String peer_closes(String when);

    @Message
    String peer_closed();

    @Message
    String peer_feedback();

    @Message
    String peer_no_feedback();

    @Message
    String peer_points();

    @Message
    String peer_comment();

    @Message
    String peer_assessor(String name);

    @Message
    String peer_assess_title();

    @Message
    String peer_files();

    @Message
    String peer_assess();

    @Message
    String peer_criterion_level(String criterion);
}
