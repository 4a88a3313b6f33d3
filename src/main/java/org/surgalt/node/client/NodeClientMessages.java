package org.surgalt.node.client;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The node's setup and status pages ({nodeclient:key}; messages/nodeclient.properties and _mn). */
@MessageBundle(value = "nodeclient", locale = "en")
public interface NodeClientMessages {

    @Message
    String nodeclient_setup_title();

    @Message
    String nodeclient_setup_help();

    @Message
    String nodeclient_setup_done();

    @Message
    String nodeclient_national_url();

    @Message
    String nodeclient_national_url_hint();

    @Message
    String nodeclient_code();

    @Message
    String nodeclient_code_hint();

    @Message
    String nodeclient_enrol();

    @Message
    String nodeclient_status_title();

    @Message
    String nodeclient_not_enrolled();

    @Message
    String nodeclient_state();

    @Message
    String nodeclient_enrolled(String at);

    @Message
    String nodeclient_node_id();

    @Message
    String nodeclient_institution();

    @Message
    String nodeclient_last_contact();

    @Message
    String nodeclient_last_attempt();

    @Message
    String nodeclient_never();

    @Message
    String nodeclient_unknown();

    @Message
    String nodeclient_outcome_ok();

    @Message
    String nodeclient_outcome_refused();

    @Message
    String nodeclient_outcome_unreachable();

    @Message
    String nodeclient_outcome_failed();

    @Message
    String nodeclient_outcome_refused_help();

    @Message
    String nodeclient_queued();

    @Message
    String nodeclient_queued_text(long records, long files, String bytes);


    @Message
    String nodeclient_link();

    @Message
    String nodeclient_sync_up();

    @Message
    String nodeclient_sync_down();

    @Message
    String nodeclient_sync_detail();

    @Message
    String nodeclient_next_sync();

    @Message
    String nodeclient_sync_off();

    @Message
    String nodeclient_sync_window(String window);

    @Message
    String nodeclient_sync_now();

    @Message
    String nodeclient_sync_queued();

    @Message
    String nodeclient_scope();

    @Message
    String nodeclient_scope_text(Integer people, Integer cohorts);

    @Message
    String nodeclient_next_heartbeat();

    @Message
    String nodeclient_heartbeat_off();

    @Message
    String nodeclient_contact_now();

    @Message
    String nodeclient_key();

    @Message
    String nodeclient_key_since_enrolment();

    @Message
    String nodeclient_key_pending();

    @Message
    String nodeclient_key_help();

    @Message
    String nodeclient_key_confirm();

    @Message
    String nodeclient_key_replace();

    @Message
    String nodeclient_key_replaced_now();

    @Message
    String nodeclient_key_uncertain();

    @Message
    String nodeclient_key_replaced(String when);

    @Message
    String nodeclient_enrol_again_help();
}
