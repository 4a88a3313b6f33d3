package org.surgalt.node.client.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Signing in on a node and its people's node passwords ({nodepeople:key}; messages/nodepeople*.properties). */
@MessageBundle(value = "nodepeople", locale = "en")
public interface NodePeopleMessages {

    @Message
    String nodepeople_first_sign_in_needs_link();

    @Message
    String nodepeople_password_title();

    @Message
    String nodepeople_password_help();

    @Message
    String nodepeople_email();

    @Message
    String nodepeople_password();

    @Message
    String nodepeople_save();

    @Message
    String nodepeople_saved(String email);
}
