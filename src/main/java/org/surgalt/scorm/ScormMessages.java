package org.surgalt.scorm;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the SCORM player shell ({scorm:key} in templates/ScormPlayerResource;
 * messages/scorm.properties in English, messages/scorm_mn.properties in Mongolian). The
 * saving / saved / could-not-save lines reach player.js as data attributes of the page.
 */
@MessageBundle(value = "scorm", locale = "en")
public interface ScormMessages {

    @Message
    String player_contents();

    @Message
    String player_previous();

    @Message
    String player_next();

    @Message
    String player_exit();

    @Message
    String player_saving();

    @Message
    String player_saved();

    @Message
    String player_save_failed();

    @Message
    String player_needs_js();

    @Message
    String player_finished();

    @Message
    String player_suspended();

    @Message
    String player_back();
}
