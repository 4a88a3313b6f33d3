package org.surgalt.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of peer assessment's mail and its preferences ({peermail:key}; messages/peermail*.properties). */
@MessageBundle(value = "peermail", locale = "en")
public interface PeerMailMessages {

    @Message
    String mail_peer_allocated_subject(String item);

    @Message
    String mail_peer_allocated_body(int count, String item, String course, String due);

    @Message
    String mail_peer_reminder_subject(String item);

    @Message
    String mail_peer_reminder_body(int count, String item, String course, String due);

    @Message
    String mail_peer_all();

    @Message
    String mail_peer_feedback();

    @Message
    String notify_kind_peer_allocated();

    @Message
    String notify_kind_peer_reminder();
}
