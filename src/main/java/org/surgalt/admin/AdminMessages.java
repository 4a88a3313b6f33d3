package org.surgalt.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The administration pages ({admin:key}; messages/admin.properties and admin_mn.properties). */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    @Message
    String nav_admin();

    @Message
    String admin_title();

    @Message
    String admin_intro();

    @Message
    String admin_link_institutions();

    @Message
    String admin_link_institutions_help();

    @Message
    String admin_link_people();

    @Message
    String admin_link_people_help();



    @Message
    String admin_link_providers();

    @Message
    String admin_link_providers_help();

    @Message
    String admin_link_clients();

    @Message
    String admin_link_clients_help();

    @Message
    String admin_link_nodes();

    @Message
    String admin_link_nodes_help();

    @Message
    String admin_link_node_status();

    @Message
    String admin_link_node_status_help();

    @Message
    String admin_link_audit();

    @Message
    String admin_link_audit_help();

    @Message
    String admin_link_bundles();

    @Message
    String admin_link_bundles_help();

    @Message
    String institutions_title();

    @Message
    String institutions_search();

    @Message
    String institutions_search_text();

    @Message
    String institutions_all();

    @Message
    String institutions_filter_aimag();

    @Message
    String institutions_filter_kind();

    @Message
    String institutions_filter_retired();

    @Message
    String institutions_none();

    @Message
    String institutions_new();

    @Message
    String institutions_import();

    @Message
    String institutions_col_code();

    @Message
    String institutions_col_name();

    @Message
    String institutions_col_kind();

    @Message
    String institutions_col_aimag();

    @Message
    String institutions_col_soum();

    @Message
    String institutions_col_state();

    @Message
    String institutions_active();

    @Message
    String institutions_retired();

    @Message
    String institutions_merged(String code);

    @Message
    String institutions_edit();

    @Message
    String institutions_limited(int count);

    @Message
    String kind_school();

    @Message
    String kind_university();

    @Message
    String kind_ministry();

    @Message
    String institution_new_title();

    @Message
    String institution_edit_title(String name);

    @Message
    String institution_back();

    @Message
    String institution_code();

    @Message
    String institution_code_help();

    @Message
    String institution_name();

    @Message
    String institution_kind();

    @Message
    String institution_aimag();

    @Message
    String institution_soum();

    @Message
    String institution_soum_help();

    @Message
    String institution_add_soum();

    @Message
    String institution_create();

    @Message
    String institution_save();

    @Message
    String institution_name_only();

    @Message
    String institution_saved();

    @Message
    String institution_retire_title();

    @Message
    String institution_retire_help();

    @Message
    String institution_retire();

    @Message
    String institution_unretire();

    @Message
    String institution_retired_since(String date);

    @Message
    String institution_merged_into(String name);

    @Message
    String institution_merge_title();

    @Message
    String institution_merge_help();

    @Message
    String institution_merge_into();

    @Message
    String institution_merge();

    @Message
    String import_title();

    @Message
    String import_intro();

    @Message
    String import_file();

    @Message
    String import_add_soums();

    @Message
    String import_check();

    @Message
    String import_check_help();

    @Message
    String import_apply_title();

    @Message
    String import_apply_help();

    @Message
    String import_apply();

    @Message
    String import_different_file();

    @Message
    String import_result_title();

    @Message
    String import_has_errors(int count);

    @Message
    String import_not_applied(int count);

    @Message
    String import_nothing_written();

    @Message
    String import_applied(int created, int updated, int unchanged);

    @Message
    String import_totals();

    @Message
    String import_total_rows(int count);

    @Message
    String import_total_created(int count);

    @Message
    String import_total_updated(int count);

    @Message
    String import_total_unchanged(int count);

    @Message
    String import_total_errors(int count);

    @Message
    String import_col_row();

    @Message
    String import_col_outcome();

    @Message
    String import_col_details();

    @Message
    String import_outcome_created();

    @Message
    String import_outcome_updated();

    @Message
    String import_outcome_unchanged();

    @Message
    String import_outcome_error();

    @Message
    String import_new_soum(String soum, String aimag);

    @Message
    String import_problem_missing();

    @Message
    String import_problem_code();

    @Message
    String import_problem_duplicate(int row);

    @Message
    String import_problem_empty_name();

    @Message
    String import_problem_long_name();

    @Message
    String import_problem_kind(String kind);

    @Message
    String import_problem_aimag(String aimag);

    @Message
    String import_problem_soum(String soum, String aimag);

    @Message
    String import_problem_retired();

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
    String import_format_title();

    @Message
    String import_format_help();

    @Message
    String import_limits(int rows, int megabytes);

    @Message
    String setup_title();

    @Message
    String setup_intro();

    @Message
    String setup_email();

    @Message
    String setup_name();

    @Message
    String setup_language();

    @Message
    String setup_password();

    @Message
    String setup_password_again();

    @Message
    String setup_create();

    @Message
    String setup_done_title();

    @Message
    String setup_done();

    @Message
    String setup_sign_in();
}
