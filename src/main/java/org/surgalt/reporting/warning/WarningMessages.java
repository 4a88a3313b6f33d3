package org.surgalt.reporting.warning;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Early warning's texts ({warning:key}; messages/warning.properties and warning_mn.properties). */
@MessageBundle(value = "warning", locale = "en")
public interface WarningMessages {

    @Message
    String warning_greeting(String name);

    @Message
    String warning_digest_subject(String cohort, String week);

    @Message
    String warning_digest_intro(String cohort, String week);

    @Message
    String warning_digest_page(String link);

    @Message
    String warning_digest_settings(String link);

    @Message
    String warning_digest_why();

    @Message
    String warning_list_inactive(int days);

    @Message
    String warning_list_missed();

    @Message
    String warning_list_overdue();

    @Message
    String warning_list_off_pace();

    @Message
    String warning_count(int count);

    @Message
    String warning_change(int lastWeek, int added);

    @Message
    String warning_change_none();

    @Message
    String warning_list_off();

    @Message
    String warning_list_empty();

    @Message
    String warning_more(int count);

    @Message
    String warning_new();

    @Message
    String warning_row_inactive_since(String date);

    @Message
    String warning_row_inactive_never();

    @Message
    String warning_row_missed(String item, String date);

    @Message
    String warning_row_overdue(String item, String date);

    @Message
    String warning_row_off_pace(String course, int percent, String date);

    @Message
    String warning_row_off_pace_stalled(String course);

    @Message
    String warning_nudge_subject(String cohort);

    @Message
    String warning_nudge_body(String cohort, int days);

    @Message
    String warning_nudge_stop(String link);

    @Message
    String warning_notify_kind_nudge();

    @Message
    String warning_settings_title(String cohort);

    @Message
    String warning_settings_help();

    @Message
    String warning_settings_lists();

    @Message
    String warning_rule_inactive();

    @Message
    String warning_rule_inactive_days();

    @Message
    String warning_rule_missed();

    @Message
    String warning_rule_overdue();

    @Message
    String warning_rule_off_pace();

    @Message
    String warning_settings_nudge();

    @Message
    String warning_rule_nudge();

    @Message
    String warning_rule_nudge_days();

    @Message
    String warning_save();

    @Message
    String warning_saved();

    @Message
    String warning_errors();

    @Message
    String warning_field_inactiveDays();

    @Message
    String warning_field_nudgeDays();

    @Message
    String warning_slipping_link();

    @Message
    String warning_settings_link();

    @Message
    String warning_slipping_title(String cohort);

    @Message
    String warning_slipping_help(String week);

    @Message
    String warning_slipping_compare();

    @Message
    String warning_col_learner();

    @Message
    String warning_col_school();

    @Message
    String warning_col_detail();

    @Message
    String warning_col_new();

    @Message
    String warning_back();

    @Message
    String warning_unsub_title();

    @Message
    String warning_unsub_question(String name);

    @Message
    String warning_unsub_button();

    @Message
    String warning_unsub_done();

    @Message
    String warning_unsub_invalid();
}
