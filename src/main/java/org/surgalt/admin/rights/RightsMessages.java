package org.surgalt.admin.rights;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The data rights page ({rights:key}; messages/rights.properties and rights_mn.properties). */
@MessageBundle(value = "rights", locale = "en")
public interface RightsMessages {

    @Message
    String rights_title(String name);

    @Message
    String rights_intro();

    @Message
    String rights_email();

    @Message
    String rights_institution();

    @Message
    String rights_none();

    @Message
    String rights_erased_state();

    @Message
    String rights_export_title();

    @Message
    String rights_export_help();

    @Message
    String rights_export();

    @Message
    String rights_erase_title();

    @Message
    String rights_erase_help();

    @Message
    String rights_confirm();

    @Message
    String rights_erase();

    @Message
    String rights_audit();
}
