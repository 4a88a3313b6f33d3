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

    @Message
    String peer_board_title();

    @Message
    String peer_board_back();

    @Message
    String peer_board_closed(String when);

    @Message
    String peer_board_anonymous();

    @Message
    String peer_board_not_allocated_yet();

    @Message
    String peer_board_empty();

    @Message
    String peer_board_submission(String learner);

    @Message
    String peer_board_submitted(String when);

    @Message
    String peer_board_assessments(String learner);

    @Message
    String peer_flag_late();

    @Message
    String peer_flag_not_allocated();

    @Message
    String peer_flag_same_school();

    @Message
    String peer_flag_no_result();

    @Message
    String peer_col_assessor();

    @Message
    String peer_col_status();

    @Message
    String peer_col_override();

    @Message
    String peer_same_school();

    @Message
    String peer_status_done();

    @Message
    String peer_status_late();

    @Message
    String peer_status_waiting();

    @Message
    String peer_status_missing();

    @Message
    String peer_override_reason_was(String reason);

    @Message
    String peer_override_points();

    @Message
    String peer_override_reason();

    @Message
    String peer_override();

    @Message
    String peer_overridden();

    @Message
    String peer_median();

    @Message
    String peer_teacher();

    @Message
    String peer_score();

    @Message
    String peer_assessing_grade();

    @Message
    String peer_final();

    @Message
    String peer_recorded();

    @Message
    String peer_released();

    @Message
    String peer_finalise_heading();

    @Message
    String peer_finalise_note();

    @Message
    String peer_finalise();

    @Message
    String peer_finalise_wait();

    @Message
    String peer_finalised(Integer count);

    @Message
    String peer_grading_link();

    @Message
    String peer_teacher_form(String learner);

    @Message
    String peer_teacher_points();

    @Message
    String peer_teacher_comment();

    @Message
    String peer_teacher_save();

    @Message
    String peer_teacher_saved();
}
