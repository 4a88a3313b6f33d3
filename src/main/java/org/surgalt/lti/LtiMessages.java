package org.surgalt.lti;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** LTI pages ({lti:key}; messages/lti.properties and lti_mn.properties). */
@MessageBundle(value = "lti", locale = "en")
public interface LtiMessages {

    @Message
    String lti_tools_title();

    @Message
    String lti_tools_help();

    @Message
    String lti_tools_none();

    @Message
    String lti_platform_title();

    @Message
    String lti_platform_issuer();

    @Message
    String lti_platform_authorize();

    @Message
    String lti_platform_jwks();

    @Message
    String lti_tool_name();

    @Message
    String lti_tool_issuer();

    @Message
    String lti_tool_client_id();

    @Message
    String lti_tool_deployment_id();

    @Message
    String lti_tool_login_url();

    @Message
    String lti_tool_redirect_uris();

    @Message
    String lti_tool_redirect_uris_hint();

    @Message
    String lti_tool_jwks_url();

    @Message
    String lti_tool_public_key();

    @Message
    String lti_tool_key_hint();

    @Message
    String lti_tool_state();

    @Message
    String lti_tool_active();

    @Message
    String lti_tool_disabled();

    @Message
    String lti_tool_register();

    @Message
    String lti_tool_disable();

    @Message
    String lti_back_to_course();

    @Message
    String lti_open_here();

    @Message
    String lti_open_new_window();

    @Message
    String lti_frame_note();

    @Message
    String lti_post_title();

    @Message
    String lti_post_note();

    @Message
    String lti_post_continue();

    @Message
    String item_kind_lti();

    @Message
    String lti_choose_content();

    @Message
    String lti_tool_shares();

    @Message
    String lti_tool_shares_none();

    @Message
    String lti_tool_shares_name();

    @Message
    String lti_tool_shares_name_email();

    @Message
    String lti_tool_roster();
}
