package org.surgalt.node.client;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The node's records page ({noderecords:key}; messages/noderecords.properties and _mn). */
@MessageBundle(value = "noderecords", locale = "en")
public interface NodeRecordsMessages {

    @Message
    String noderecords_title();

    @Message
    String noderecords_help();

    @Message
    String noderecords_queued(long count);

    @Message
    String noderecords_none();

    @Message
    String noderecords_caption();

    @Message
    String noderecords_kind();

    @Message
    String noderecords_state();

    @Message
    String noderecords_why();

    @Message
    String noderecords_uid();

    @Message
    String noderecords_kind_fact();

    @Message
    String noderecords_kind_submission();

    @Message
    String noderecords_kind_attempt();

    @Message
    String noderecords_kind_attendance();

    @Message
    String noderecords_held();

    @Message
    String noderecords_refused();

    @Message
    String noderecords_back();

    @Message
    String noderecords_link();
}
