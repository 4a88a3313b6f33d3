package org.surgalt.node;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The school nodes page ({node:key}; messages/node.properties and node_mn.properties). */
@MessageBundle(value = "node", locale = "en")
public interface NodeMessages {

    @Message
    String node_title();

    @Message
    String node_help();

    @Message
    String node_none();

    @Message
    String node_name();

    @Message
    String node_institution();

    @Message
    String node_institution_hint();

    @Message
    String node_state();

    @Message
    String node_state_pending();

    @Message
    String node_state_enrolled();

    @Message
    String node_state_revoked();

    @Message
    String node_last_contact();

    @Message
    String node_never();

    @Message
    String node_backlog();

    @Message
    String node_backlog_text(long records, long files, String bytes);

    @Message
    String node_link();

    @Message
    String node_register();

    @Message
    String node_revoke();

    @Message
    String node_revoke_confirm();

    @Message
    String node_registered_title();

    @Message
    String node_registered_help(String expires);

    @Message
    String node_code();
}
