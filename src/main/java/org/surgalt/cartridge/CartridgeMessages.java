package org.surgalt.cartridge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the Common Cartridge import's pages ({cartridge:key} in templates; messages/cartridge.properties
 * in English, messages/cartridge_mn.properties in Mongolian).
 */
@MessageBundle(value = "cartridge", locale = "en")
public interface CartridgeMessages {

    @Message
    String cartridge_link();

    @Message
    String cartridge_title();

    @Message
    String cartridge_intro();

    @Message
    String cartridge_file();

    @Message
    String cartridge_upload();

    @Message
    String cartridge_submit();

    @Message
    String cartridge_checking(String filename);

    @Message
    String cartridge_ready(String filename);

    @Message
    String cartridge_refused(String filename);

    @Message
    String cartridge_check_again();

    @Message
    String cartridge_report_title();

    @Message
    String cartridge_report_intro(String filename, String when);

    @Message
    String cartridge_report_summary(int items, int modules, int threads, int skipped);

    @Message
    String cartridge_report_draft();

    @Message
    String cartridge_report_gone();

    @Message
    String cartridge_report_link();

    @Message
    String cartridge_col_part();

    @Message
    String cartridge_col_type();

    @Message
    String cartridge_col_became();

    @Message
    String cartridge_col_note();

    @Message
    String cartridge_became_page(String module);

    @Message
    String cartridge_became_file(String module);

    @Message
    String cartridge_became_link(String module);

    @Message
    String cartridge_became_assignment(String module);

    @Message
    String cartridge_became_thread();

    @Message
    String cartridge_became_quiz(String module);

    @Message
    String cartridge_note_questions_left_out(String detail);

    @Message
    String cartridge_note_no_questions(String detail);

    @Message
    String cartridge_became_skipped();

    @Message
    String cartridge_note_heading();

    @Message
    String cartridge_note_missing_resource();

    @Message
    String cartridge_note_missing_file(String detail);

    @Message
    String cartridge_note_qti_not_yet();

    @Message
    String cartridge_note_lti_not_yet();

    @Message
    String cartridge_note_supporting();

    @Message
    String cartridge_note_alternative();

    @Message
    String cartridge_note_unsupported(String detail);

    @Message
    String cartridge_note_unsafe_link(String detail);

    @Message
    String cartridge_note_too_large();

    @Message
    String cartridge_note_missing_linked_files(String detail);

    @Message
    String cartridge_note_rubric_left_out();

    @Message
    String cartridge_note_attachments_left_out(String detail);

    @Message
    String cartridge_note_broken(String detail);

    @Message
    String cartridge_file_waits();

    // Issue 23, cartridge import extras: LTI links, question banks, import into an existing course.

    @Message
    String cartridge_became_lti(String module);

    @Message
    String cartridge_became_bank();

    @Message
    String cartridge_became_bank_question(String module);

    @Message
    String cartridge_note_lti_tool(String detail);

    @Message
    String cartridge_note_lti_custom_left_out(String detail);

    @Message
    String cartridge_note_no_lti_tool(String detail);

    @Message
    String cartridge_note_question_kind(String detail);

    @Message
    String cartridge_note_question_unreadable();

    @Message
    String cartridge_note_question_invalid();

    @Message
    String cartridge_note_question_in_quiz();

    @Message
    String cartridge_into();

    @Message
    String cartridge_into_new();

    @Message
    String cartridge_into_hint();
}
