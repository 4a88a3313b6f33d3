package org.surgalt.scorm;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The application's strings about package items: the item page, the settings page and the
 * attempts report ({packages:key}; messages/packages.properties and packages_mn.properties).
 * The player's own strings are the "scorm" bundle.
 */
@MessageBundle(value = "packages", locale = "en")
public interface PackageMessages {

    @Message
    String packages_needs_js();

    @Message
    String packages_open_window();

    @Message
    String packages_frame_title(String title);

    @Message
    String packages_attempts();

    @Message
    String packages_attempt_number();

    @Message
    String packages_attempt_status();

    @Message
    String packages_attempt_score();

    @Message
    String packages_attempt_time();

    @Message
    String packages_attempt_updated();

    @Message
    String packages_attempt_open();

    @Message
    String packages_new_attempt();

    @Message
    String packages_new_attempt_note();

    @Message
    String packages_attempts_left(int left);

    @Message
    String packages_no_more_attempts();

    @Message
    String packages_report_link();

    @Message
    String packages_status(String completion, String success);

    @Message
    String packages_completion_completed();

    @Message
    String packages_completion_incomplete();

    @Message
    String packages_completion_not_attempted();

    @Message
    String packages_completion_unknown();

    @Message
    String packages_success_passed();

    @Message
    String packages_success_failed();

    @Message
    String packages_success_unknown();

    @Message
    String packages_minutes(long minutes);

    @Message
    String packages_settings_open();

    @Message
    String packages_try_draft();

    @Message
    String packages_try_draft_note();

    @Message
    String packages_settings_title(String title);

    @Message
    String packages_settings_back();

    @Message
    String packages_settings_help();

    @Message
    String packages_settings_attempts();

    @Message
    String packages_settings_attempts_hint();

    @Message
    String packages_settings_grading();

    @Message
    String packages_settings_grading_highest();

    @Message
    String packages_settings_grading_last();

    @Message
    String packages_settings_new_window();

    @Message
    String packages_report_title(String title);

    @Message
    String packages_report_csv();

    @Message
    String packages_report_learner();

    @Message
    String packages_report_none();

    @Message
    String packages_report_counted();

    @Message
    String packages_report_interactions();

    @Message
    String packages_pass_mark_help();
}
