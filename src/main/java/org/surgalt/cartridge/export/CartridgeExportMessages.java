package org.surgalt.cartridge.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The export's words on the authoring page ({ccexport:key}; messages/ccexport.properties and ccexport_mn.properties). */
@MessageBundle(value = "ccexport", locale = "en")
public interface CartridgeExportMessages {

    @Message
    String ccexport_link();

    @Message
    String ccexport_hint();
}
