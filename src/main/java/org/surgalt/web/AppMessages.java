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
    String nav_main();

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
    String course_not_enrolled();

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
    String search_label();

    @Message
    String search_button();

    @Message
    String search_intro();

    @Message
    String search_none(String query);

    @Message
    String search_count(int count);

    @Message
    String search_in_lesson();

    @Message
    String search_in_file(String filename);

    @Message
    String search_ignored(String words);

    @Message
    String search_more(int count);

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
    String completion_completed();

    @Message
    String completion_completed_passed();

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
    String nav_home();

    @Message
    String home_title();

    @Message
    String home_empty();

    @Message
    String home_catalogue();

    @Message
    String home_continue();

    @Message
    String home_finished();

    @Message
    String home_left_title();

    @Message
    String home_module_left(int left, int total);

    @Message
    String home_module_done();

    @Message
    String home_upcoming();

    @Message
    String home_due();

    @Message
    String home_session();

    @Message
    String home_notifications();

    @Message
    String course_continue();

    @Message
    String state_not_started();

    @Message
    String state_needs_action();

    @Message
    String state_needs_submit();

    @Message
    String state_needs_pass(Integer score);

    @Message
    String state_needs_attend();

    @Message
    String state_needs_complete();

    @Message
    String state_needs_pass_package();

    @Message
    String state_needs_complete_pass();

    @Message
    String state_locked(String prerequisite);

    @Message
    String video_watch_rule(int percent);

    @Message
    String video_watched();

    @Message
    String video_mark_watched();

    @Message
    String video_fallback_note();

    @Message
    String notify_title();

    @Message
    String notify_legend();

    @Message
    String notify_kind_feedback();

    @Message
    String notify_kind_deadline();

    @Message
    String notify_kind_extension();

    @Message
    String notify_save();

    @Message
    String notify_saved();

    @Message
    String mail_greeting(String name);

    @Message
    String mail_feedback_subject(String item);

    @Message
    String mail_feedback_body(String item, String course);

    @Message
    String mail_deadline_subject(String item);

    @Message
    String mail_deadline_body(String item, String course, String due);

    @Message
    String mail_extension_subject(String item);

    @Message
    String mail_extension_body(String item, String course, String due);

    @Message
    String mail_footer(String link);

    @Message
    String mail_reset_subject();

    @Message
    String mail_reset_body(String expires);

    @Message
    String mail_reset_ignore();

    @Message
    String sessions_title();

    @Message
    String sessions_explain();

    @Message
    String sessions_end_all();

    @Message
    String sessions_password_change_note();

    @Message
    String lesson_removed_title();

    @Message
    String lesson_removed_intro();

    @Message
    String lesson_removed_script(String name);

    @Message
    String lesson_removed_frame(String name);

    @Message
    String lesson_removed_form(String name);

    @Message
    String lesson_removed_handler(String name, String on);

    @Message
    String lesson_removed_address(String name, String on);

    @Message
    String lesson_removed_element(String name);

    @Message
    String lesson_removed_attribute(String name, String on);
}
