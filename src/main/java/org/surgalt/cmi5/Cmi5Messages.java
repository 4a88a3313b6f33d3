package org.surgalt.cmi5;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of cmi5's pages ({cmi5:key} in templates; messages/cmi5.properties in English,
 * messages/cmi5_mn.properties in Mongolian).
 */
@MessageBundle(value = "cmi5", locale = "en")
public interface Cmi5Messages {

    @Message
    String cmi5_launch();

    @Message
    String cmi5_launch_window();

    @Message
    String cmi5_review();

    @Message
    String cmi5_browse();

    @Message
    String cmi5_frame_title(String title);

    @Message
    String cmi5_needs_js();

    @Message
    String cmi5_state();

    @Message
    String cmi5_state_not_started();

    @Message
    String cmi5_state_in_progress();

    @Message
    String cmi5_state_completed();

    @Message
    String cmi5_state_passed();

    @Message
    String cmi5_state_failed();

    @Message
    String cmi5_state_waived();

    @Message
    String cmi5_state_satisfied();

    @Message
    String cmi5_rule(String moveOn);

    @Message
    String cmi5_mastery(String percent);

    @Message
    String cmi5_objectives();

    @Message
    String cmi5_import_title();

    @Message
    String cmi5_import_intro();

    @Message
    String cmi5_import_file();

    @Message
    String cmi5_import_course();

    @Message
    String cmi5_import_new_course();

    @Message
    String cmi5_import_submit();

    @Message
    String cmi5_import_checking(String filename);

    @Message
    String cmi5_import_ready(String filename);

    @Message
    String cmi5_import_refused(String filename);

    @Message
    String cmi5_import_check_again();

    @Message
    String cmi5_import_link();
}
