package org.surgalt.admin.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The audit log page ({auditlog:key}; messages/auditlog.properties and auditlog_mn.properties). */
@MessageBundle(value = "auditlog", locale = "en")
public interface AuditMessages {

    @Message
    String auditlog_title();

    @Message
    String auditlog_note();

    @Message
    String auditlog_scope_note();

    @Message
    String auditlog_filters();

    @Message
    String auditlog_actor();

    @Message
    String auditlog_person();

    @Message
    String auditlog_action();

    @Message
    String auditlog_object_type();

    @Message
    String auditlog_object_id();

    @Message
    String auditlog_from();

    @Message
    String auditlog_to();

    @Message
    String auditlog_apply();

    @Message
    String auditlog_none();

    @Message
    String auditlog_when();

    @Message
    String auditlog_who();

    @Message
    String auditlog_what();

    @Message
    String auditlog_whom();

    @Message
    String auditlog_object();

    @Message
    String auditlog_changes();

    @Message
    String auditlog_address();

    @Message
    String auditlog_older();

    @Message
    String auditlog_newest();

    @Message
    String auditlog_export_csv();

    @Message
    String auditlog_export_jsonl();

    @Message
    String auditlog_system();
}
