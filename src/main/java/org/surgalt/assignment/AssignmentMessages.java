package org.surgalt.assignment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of this feature's pages ({assignment:key} in templates; messages/assignment.properties in
 * English, messages/assignment_mn.properties in Mongolian). A bundle of its own because Quarkus
 * 3.32's generated bundle class fails verification past 300 keys (quarkusio/quarkus#55584).
 */
@MessageBundle(value = "assignment", locale = "en")
public interface AssignmentMessages {

    @Message
    String assignment_settings_link();

    @Message
    String assignment_instructions();

    @Message
    String assignment_due();

    @Message
    String assignment_cut_off();

    @Message
    String assignment_in_ulaanbaatar(String when);

    @Message
    String assignment_no_due();

    @Message
    String assignment_extended();

    @Message
    String assignment_points();

    @Message
    String assignment_rubric();

    @Message
    String assignment_criterion();

    @Message
    String assignment_levels();

    @Message
    String assignment_level_points(int points);

    @Message
    String assignment_grade();

    @Message
    String assignment_feedback();

    @Message
    String assignment_feedback_files();

    @Message
    String assignment_your_work();

    @Message
    String assignment_state_none();

    @Message
    String assignment_state_draft();

    @Message
    String assignment_state_submitted(String when);

    @Message
    String assignment_state_graded();

    @Message
    String assignment_late();

    @Message
    String assignment_closed();

    @Message
    String assignment_once();

    @Message
    String assignment_files();

    @Message
    String assignment_no_files();

    @Message
    String assignment_remove_file();

    @Message
    String assignment_add_file();

    @Message
    String assignment_file_added();

    @Message
    String assignment_text();

    @Message
    String assignment_save_draft();

    @Message
    String assignment_submit();

    @Message
    String assignment_saved();

    @Message
    String assignment_submitted_notice();

    @Message
    String assignment_not_learner();

    @Message
    String settings_title(String title);

    @Message
    String settings_back_to_item(String title);

    @Message
    String settings_not_versioned();

    @Message
    String settings_peer_link();

    @Message
    String assignment_peer_link();

    @Message
    String settings_due();

    @Message
    String settings_cut_off();

    @Message
    String settings_allow_resubmission();

    @Message
    String settings_max_points();

    @Message
    String settings_rubric_help();

    @Message
    String settings_criterion(int number);

    @Message
    String settings_description();

    @Message
    String settings_level();

    @Message
    String settings_level_points();

    @Message
    String grading_title(String course);

    @Message
    String grading_back(String course);

    @Message
    String grading_module();

    @Message
    String grading_assignment();

    @Message
    String grading_status();

    @Message
    String grading_status_submitted();

    @Message
    String grading_status_graded();

    @Message
    String grading_all();

    @Message
    String grading_late_only();

    @Message
    String grading_on_time();

    @Message
    String grading_apply();

    @Message
    String grading_learner();

    @Message
    String grading_submitted_at();

    @Message
    String grading_empty();

    @Message
    String grading_release_all();

    @Message
    String grading_released_count(int count);

    @Message
    String grading_released();

    @Message
    String grading_submission_title(String learner);

    @Message
    String grading_work();

    @Message
    String grading_draft_again();

    @Message
    String grading_points(int max);

    @Message
    String grading_save();

    @Message
    String grading_saved();

    @Message
    String grading_not_released();

    @Message
    String grading_release();

    @Message
    String grading_released_notice();

    @Message
    String grading_extension();

    @Message
    String grading_extension_until();

    @Message
    String grading_extension_grant();

    @Message
    String grading_extended_until(String when);

    @Message
    String grading_extended_notice();

    @Message
    String assignment_open();

    @Message
    String assignment_plain_upload(String limit);
}
