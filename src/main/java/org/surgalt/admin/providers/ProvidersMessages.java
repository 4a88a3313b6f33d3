package org.surgalt.admin.providers;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The identity providers pages ({providers:key}; messages/providers.properties and providers_mn.properties). */
@MessageBundle(value = "providers", locale = "en")
public interface ProvidersMessages {

    @Message
    String providers_title();

    @Message
    String providers_help();

    @Message
    String providers_none();

    @Message
    String providers_name();

    @Message
    String providers_code();

    @Message
    String providers_code_hint();

    @Message
    String providers_institution();

    @Message
    String providers_issuer();

    @Message
    String providers_client_id();

    @Message
    String providers_client_secret();

    @Message
    String providers_secret_hint();

    @Message
    String providers_secret_set();

    @Message
    String providers_secret_unset();

    @Message
    String providers_roles_claim();

    @Message
    String providers_groups_claim();

    @Message
    String providers_claims_hint();

    @Message
    String providers_mapping();

    @Message
    String providers_mapping_hint();

    @Message
    String providers_state();

    @Message
    String providers_on();

    @Message
    String providers_off();

    @Message
    String providers_add();

    @Message
    String providers_save();

    @Message
    String providers_open();

    @Message
    String providers_back();

    @Message
    String providers_disable();

    @Message
    String providers_disable_help();

    @Message
    String providers_enable();

    @Message
    String providers_test();

    @Message
    String providers_test_help();

    @Message
    String providers_done_created();

    @Message
    String providers_done_saved();

    @Message
    String providers_done_disabled();

    @Message
    String providers_done_enabled();

    @Message
    String providers_test_worked();

    @Message
    String providers_test_claim();

    @Message
    String providers_test_value();

    @Message
    String providers_test_roles();

    @Message
    String providers_test_no_roles();

    @Message
    String providers_test_failed_unreachable();

    @Message
    String providers_test_failed_refused();

    @Message
    String providers_test_failed_token();

    @Message
    String providers_test_failed_claims();
}
