package org.surgalt.xapi.client;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The LRS clients page ({lrs:key}; messages/lrs.properties and lrs_mn.properties). */
@MessageBundle(value = "lrs", locale = "en")
public interface LrsMessages {

    @Message
    String lrs_clients_title();

    @Message
    String lrs_clients_help();

    @Message
    String lrs_clients_none();

    @Message
    String lrs_client_name();

    @Message
    String lrs_client_institution();

    @Message
    String lrs_client_institution_hint();

    @Message
    String lrs_client_site();

    @Message
    String lrs_client_rights();

    @Message
    String lrs_client_read();

    @Message
    String lrs_client_write();

    @Message
    String lrs_client_key();

    @Message
    String lrs_client_state();

    @Message
    String lrs_client_active();

    @Message
    String lrs_client_disabled();

    @Message
    String lrs_client_create();

    @Message
    String lrs_client_disable();

    @Message
    String lrs_client_created_title();

    @Message
    String lrs_client_created_help();

    @Message
    String lrs_client_secret();

    @Message
    String lrs_client_endpoint();
}
