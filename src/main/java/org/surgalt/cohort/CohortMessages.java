package org.surgalt.cohort;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the cohort pages ({cohort:key} in templates; messages/cohort.properties in English,
 * messages/cohort_mn.properties in Mongolian). A bundle of its own: Quarkus 3.32 fails past 300 keys in one.
 */
@MessageBundle(value = "cohort", locale = "en")
public interface CohortMessages {

    @Message
    String nav_cohorts();

    @Message
    String cohorts_title();

    @Message
    String cohorts_intro();

    @Message
    String cohorts_none();

    @Message
    String cohorts_code();

    @Message
    String cohorts_code_help();

    @Message
    String cohorts_name();

    @Message
    String cohorts_description();

    @Message
    String cohorts_starts();

    @Message
    String cohorts_ends();

    @Message
    String cohorts_dates(String starts, String ends);

    @Message
    String cohorts_starts_only(String starts);

    @Message
    String cohorts_create_title();

    @Message
    String cohorts_create();

    @Message
    String cohort_back();

    @Message
    String cohort_dashboard_link();

    @Message
    String cohort_courses();

    @Message
    String cohort_no_courses();

    @Message
    String cohort_add_course();

    @Message
    String cohort_course_label();

    @Message
    String cohort_add();

    @Message
    String cohort_remove();

    @Message
    String cohort_remove_help();

    @Message
    String cohort_course_added(int count);

    @Message
    String cohort_imported(int rows, int added);

    @Message
    String cohort_members();

    @Message
    String cohort_members_count(int count);

    @Message
    String cohort_no_members();

    @Message
    String cohort_col_name();

    @Message
    String cohort_col_email();

    @Message
    String cohort_col_institution();

    @Message
    String cohort_col_aimag();

    @Message
    String cohort_col_soum();

    @Message
    String cohort_page(int page, int pages);

    @Message
    String cohort_pages();

    @Message
    String cohort_previous();

    @Message
    String cohort_next();

    @Message
    String cohort_enrol_link();

    @Message
    String import_title(String cohort);

    @Message
    String import_back(String cohort);

    @Message
    String import_format_title();

    @Message
    String import_format_help();

    @Message
    String import_col_email();

    @Message
    String import_col_name();

    @Message
    String import_col_institution();

    @Message
    String import_col_locale();

    @Message
    String import_limits(int rows, int megabytes);

    @Message
    String import_example();

    @Message
    String import_new_people();

    @Message
    String import_file();

    @Message
    String import_check();

    @Message
    String import_check_help();

    @Message
    String import_result_title();

    @Message
    String import_nothing_written();

    @Message
    String import_totals();

    @Message
    String import_total_rows(int count);

    @Message
    String import_total_new(int count);

    @Message
    String import_total_matched(int count);

    @Message
    String import_total_already(int count);

    @Message
    String import_total_errors(int count);

    @Message
    String import_col_row();

    @Message
    String import_col_outcome();

    @Message
    String import_col_details();

    @Message
    String import_outcome_new_user();

    @Message
    String import_outcome_matched();

    @Message
    String import_outcome_already();

    @Message
    String import_outcome_error();

    @Message
    String import_error_invalid_email(String email);

    @Message
    String import_error_empty_name();

    @Message
    String import_error_name_too_long(String max);

    @Message
    String import_error_empty_institution();

    @Message
    String import_error_unknown_institution(String code);

    @Message
    String import_error_bad_locale(String locale);

    @Message
    String import_error_duplicate(String row);

    @Message
    String import_error_missing_values();

    @Message
    String import_error_team_too_long(String max);

    @Message
    String import_note_institution(String theirs, String file);

    @Message
    String import_note_no_institution(String file);

    @Message
    String import_note_withheld();

    @Message
    String import_file_refused();

    @Message
    String import_file_not_utf8();

    @Message
    String import_file_header(String expected, String found);

    @Message
    String import_file_too_many_rows(String max);

    @Message
    String import_file_too_large(String max);

    @Message
    String import_file_malformed(String detail);

    @Message
    String import_file_empty();

    @Message
    String import_has_errors(int count);

    @Message
    String import_not_committed(int count);

    @Message
    String import_partial();

    @Message
    String import_commit_title();

    @Message
    String import_commit_help();

    @Message
    String import_commit();

    @Message
    String import_different_file();

    @Message
    String import_again();
}
