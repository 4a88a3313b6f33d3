package org.surgalt.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the pages show. English is the default (messages/msg.properties),
 * Mongolian is in messages/msg_mn.properties.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String nav_catalogue();

    @Message
    String nav_language();

    @Message
    String nav_skip();

    @Message
    String catalogue_title();

    @Message
    String catalogue_empty();

    @Message
    String catalogue_modules(int count);

    @Message
    String course_modules();

    @Message
    String course_module(int position);

    @Message
    String course_attribution();

    @Message
    String course_progress(int percent);

    @Message
    String course_module_locked(String prerequisite);

    @Message
    String course_item_done();

    @Message
    String course_empty_module();

    @Message
    String item_kind_page();

    @Message
    String item_kind_file();

    @Message
    String item_kind_video();

    @Message
    String item_kind_assignment();

    @Message
    String item_kind_quiz();

    @Message
    String item_kind_session();

    @Message
    String item_kind_link();

    @Message
    String item_kind_package();

    @Message
    String item_back(String course);

    @Message
    String item_open_link();

    @Message
    String item_no_content();

    @Message
    String item_other_language();

    @Message
    String error_title(int status);

    @Message
    String error_400();

    @Message
    String error_403();

    @Message
    String error_404();

    @Message
    String error_405();

    @Message
    String error_409();

    @Message
    String error_415();

    @Message
    String error_500(String errorId);

    @Message
    String error_other();

    @Message
    String error_home();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String login_title();

    @Message
    String login_failed();

    @Message
    String login_with_institution();

    @Message
    String login_with(String name);

    @Message
    String login_local();

    @Message
    String login_email();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String sso_unreachable_title();

    @Message
    String sso_unreachable(String provider);

    @Message
    String sso_unreachable_local();

    @Message
    String password_change_title();

    @Message
    String password_changed();

    @Message
    String password_not_local();

    @Message
    String password_current();

    @Message
    String password_new();

    @Message
    String password_again();

    @Message
    String password_save();

    @Message
    String password_reset_title();

    @Message
    String password_reset_done();

    @Message
    String password_reset_expired();

    @Message
    String item_download(String filename);

    @Message
    String nav_author();

    @Message
    String search_title();

    @Message
    String author_title();

    @Message
    String author_my_courses();

    @Message
    String author_none();

    @Message
    String author_new_course();

    @Message
    String author_code();

    @Message
    String author_language();

    @Message
    String author_title_en();

    @Message
    String author_title_mn();

    @Message
    String author_description_en();

    @Message
    String author_description_mn();

    @Message
    String author_create();

    @Message
    String author_save();

    @Message
    String author_saved();

    @Message
    String author_state_draft();

    @Message
    String author_state_in_review();

    @Message
    String author_published_version(Integer number);

    @Message
    String author_never_published();

    @Message
    String author_view_published();

    @Message
    String author_details();

    @Message
    String author_modules();

    @Message
    String author_module_title();

    @Message
    String author_add_module();

    @Message
    String author_prerequisite();

    @Message
    String author_prerequisite_none();

    @Message
    String author_move_up();

    @Message
    String author_move_down();

    @Message
    String author_delete();

    @Message
    String author_add_item();

    @Message
    String author_kind();

    @Message
    String author_edit();

    @Message
    String author_empty_module();

    @Message
    String author_frozen();

    @Message
    String author_back(String course);

    @Message
    String item_edit_title(String title);

    @Message
    String item_body_en();

    @Message
    String item_body_mn();

    @Message
    String item_url();

    @Message
    String item_completion();

    @Message
    String completion_viewed();

    @Message
    String completion_submitted();

    @Message
    String completion_passed();

    @Message
    String completion_attended();

    @Message
    String item_min_score();

    @Message
    String item_preview();

    @Message
    String item_conflict();

    @Message
    String item_saved_by_other();

    @Message
    String item_file();

    @Message
    String item_current_file(String filename, String type);

    @Message
    String item_no_file();

    @Message
    String upload_choose();

    @Message
    String upload_start();

    @Message
    String upload_needs_script();

    @Message
    String upload_pending(String filename, String state);

    @Message
    String upload_reason(String reason);

    @Message
    String upload_state_uploading();

    @Message
    String upload_state_queued();

    @Message
    String upload_state_processing();

    @Message
    String upload_state_ready();

    @Message
    String upload_state_rejected();

    @Message
    String upload_state_expired();

    @Message
    String upload_refresh();

    @Message
    String lesson_files();

    @Message
    String lesson_files_hint();

    @Message
    String lesson_files_none();

    @Message
    String review_title();

    @Message
    String review_submit();

    @Message
    String review_withdraw();

    @Message
    String review_approve();

    @Message
    String review_request_changes();

    @Message
    String review_reason();

    @Message
    String review_publish();

    @Message
    String review_approvals(int count, int required);

    @Message
    String review_approved_by(String names);

    @Message
    String review_comments();

    @Message
    String review_comment();

    @Message
    String review_add_comment();

    @Message
    String review_no_comments();

    @Message
    String review_on_item(String item);

    @Message
    String review_invite();

    @Message
    String review_invite_button();

    @Message
    String review_last();

    @Message
    String review_state_open();

    @Message
    String review_state_changes_requested();

    @Message
    String review_state_withdrawn();

    @Message
    String review_state_published();

    @Message
    String review_publish_direct();

    @Message
    String versions_title();

    @Message
    String versions_none();

    @Message
    String versions_row(int number, String date);

    @Message
    String versions_changes();

    @Message
    String versions_draft_changes();

    @Message
    String diff_title();

    @Message
    String diff_none();

    @Message
    String diff_version(Integer number);

    @Message
    String diff_draft();

    @Message
    String diff_added();

    @Message
    String diff_removed();

    @Message
    String diff_changed();

    @Message
    String diff_course();

    @Message
    String diff_module();

    @Message
    String diff_item();

    @Message
    String upload_retrying();

    @Message
    String upload_choose_first();

    @Message
    String upload_sending(String percent);

    @Message
    String assignment_open();

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
}
