package org.surgalt.admin.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The people pages ({people:key}; messages/people.properties and people_mn.properties), and the words for each role. */
@MessageBundle(value = "people", locale = "en")
public interface PeopleMessages {

    @Message
    String people_title();

    @Message
    String people_help();

    @Message
    String people_search();

    @Message
    String people_search_text();

    @Message
    String people_institution();

    @Message
    String people_institution_any();

    @Message
    String people_none();

    @Message
    String people_found(long total);

    @Message
    String people_name();

    @Message
    String people_email();

    @Message
    String people_language();

    @Message
    String people_state();

    @Message
    String people_active();

    @Message
    String people_disabled();

    @Message
    String people_page(int page, int pages);

    @Message
    String people_previous();

    @Message
    String people_next();

    @Message
    String people_lang_en();

    @Message
    String people_lang_mn();

    @Message
    String people_person_title();

    @Message
    String people_back();

    @Message
    String people_edit();

    @Message
    String people_save();

    @Message
    String people_institution_none();

    @Message
    String people_institution_admins_only();

    @Message
    String people_account();

    @Message
    String people_disable();

    @Message
    String people_disable_help();

    @Message
    String people_enable();

    @Message
    String people_sign_out();

    @Message
    String people_reset();

    @Message
    String people_reset_help();

    @Message
    String people_done_saved();

    @Message
    String people_done_disabled();

    @Message
    String people_done_enabled();

    @Message
    String people_done_signed_out();

    @Message
    String people_done_reset();

    @Message
    String people_done_granted();

    @Message
    String people_done_revoked();

    @Message
    String people_done_linked();

    @Message
    String people_done_unlinked();

    @Message
    String people_roles();

    @Message
    String people_roles_none();

    @Message
    String people_can();

    @Message
    String people_role();

    @Message
    String people_scope();

    @Message
    String people_revoke();

    @Message
    String people_grant();

    @Message
    String people_grant_choose();

    @Message
    String people_grant_scope();

    @Message
    String people_grant_scope_hint();

    @Message
    String people_grant_admin_site();

    @Message
    String people_grant_coordinator_site();

    @Message
    String people_grant_institution_admin_institution(String scope);

    @Message
    String people_grant_coordinator_institution(String scope);

    @Message
    String people_grant_author_institution(String scope);

    @Message
    String people_grant_coordinator_cohort(String scope);

    @Message
    String people_grant_author_course(String scope);

    @Message
    String people_grant_grader_course(String scope);

    @Message
    String people_grant_reviewer_course(String scope);

    @Message
    String people_grant_other(String role, String scope);

    @Message
    String people_sso();

    @Message
    String people_sso_linked();

    @Message
    String people_sso_help();

    @Message
    String people_sso_provider();

    @Message
    String people_sso_login();

    @Message
    String people_sso_declare();

    @Message
    String people_sso_pending(String login, String provider, String until);

    @Message
    String people_sso_cancel();

    @Message
    String people_data();

    @Message
    String people_data_link();

    @Message
    String people_done_created();

    @Message
    String people_new();

    @Message
    String people_new_help();

    @Message
    String people_new_password();

    @Message
    String people_new_password_help();

    @Message
    String people_create();
}
