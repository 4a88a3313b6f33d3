package org.surgalt.cohort.team;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** School teams' words ({team:key}; messages/team.properties and team_mn.properties), also on the pages of
 * assignments, forums, enrolment and the dashboard that show teams. */
@MessageBundle(value = "team", locale = "en")
public interface TeamMessages {

    @Message
    String team_link();

    @Message
    String team_title(String cohort);

    @Message
    String team_back();

    @Message
    String team_help();

    @Message
    String team_none();

    @Message
    String team_col_name();

    @Message
    String team_col_members();

    @Message
    String team_new();

    @Message
    String team_name();

    @Message
    String team_create();

    @Message
    String team_per_school();

    @Message
    String team_per_school_help();

    @Message
    String team_per_school_done(int created, int placed);

    @Message
    String team_heading(String team);

    @Message
    String team_all();

    @Message
    String team_no_members();

    @Message
    String team_col_person();

    @Message
    String team_col_email();

    @Message
    String team_col_school();

    @Message
    String team_col_action();

    @Message
    String team_remove();

    @Message
    String team_add();

    @Message
    String team_add_email();

    @Message
    String team_add_help();

    @Message
    String team_rename();

    @Message
    String team_delete();

    @Message
    String team_delete_help();

    @Message
    String team_errors();

    @Message
    String team_field_name();

    @Message
    String team_field_email();

    @Message
    String team_submission_setting();

    @Message
    String team_submission_note(String team);

    @Message
    String team_submission_members();

    @Message
    String team_submission_alone();

    @Message
    String team_grading_team(String team);

    @Message
    String team_forum_label();

    @Message
    String team_forum_everyone();

    @Message
    String team_forum_only(String team);

    @Message
    String team_forum_badge(String team);

    @Message
    String team_filter();

    @Message
    String team_filter_all();

    @Message
    String team_filter_apply();

    @Message
    String team_filter_showing(String team);

    @Message
    String team_import_column();

    @Message
    String team_import_new(String team);

    @Message
    String team_import_help();
}
