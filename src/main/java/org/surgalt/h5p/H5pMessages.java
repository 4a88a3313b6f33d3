package org.surgalt.h5p;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the H5P player page ({h5p:key} in templates/H5pPlayerResource; messages/h5p.properties
 * in English, messages/h5p_mn.properties in Mongolian). The status lines reach player.js as data
 * attributes of the page.
 */
@MessageBundle(value = "h5p", locale = "en")
public interface H5pMessages {

    @Message
    String player_needs_js();

    @Message
    String player_saved();

    @Message
    String player_save_failed();

    @Message
    String player_failed();

    @Message
    String player_loading();
}
