package org.surgalt.discussion;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The discussion pages ({discussion:key}; messages/discussion.properties and discussion_mn.properties). */
@MessageBundle(value = "discussion", locale = "en")
public interface DiscussionMessages {

    @Message
    String forums_title();

    @Message
    String forums_none();

    @Message
    String forum_create();

    @Message
    String forum_title_label();

    @Message
    String forum_kind_label();

    @Message
    String threads_none();

    @Message
    String thread_title_label();

    @Message
    String thread_author();

    @Message
    String thread_replies();

    @Message
    String thread_last();

    @Message
    String thread_pinned();

    @Message
    String thread_locked();

    @Message
    String thread_locked_note();

    @Message
    String thread_unread();

    @Message
    String thread_start();

    @Message
    String thread_pin();

    @Message
    String thread_unpin();

    @Message
    String thread_lock();

    @Message
    String thread_unlock();

    @Message
    String thread_move();

    @Message
    String thread_move_to();

    @Message
    String post_body_label();

    @Message
    String post_markdown_hint();

    @Message
    String post_edited();

    @Message
    String post_accepted();

    @Message
    String post_hidden();

    @Message
    String post_edit();

    @Message
    String post_save();

    @Message
    String post_accept();

    @Message
    String post_hide();

    @Message
    String post_unhide();

    @Message
    String post_report();

    @Message
    String post_reply();

    @Message
    String reason_label();

    @Message
    String moderate();

    @Message
    String questions_answer_first();

    @Message
    String page_previous();

    @Message
    String page_next();

    @Message
    String back_to_thread();

    @Message
    String kind(String kind);

    @Message
    String pages(int page, int pages);

    // Issue 22, discussion mail
    @Message
    String sub_heading();

    @Message
    String sub_none();

    @Message
    String sub_state(String mode);

    @Message
    String sub_mode_label();

    @Message
    String sub_mode(String mode);

    @Message
    String sub_subscribe();

    @Message
    String sub_change();

    @Message
    String sub_unsubscribe();

    @Message
    String sub_auto_note();

    @Message
    String mail_post_subject(String thread);

    @Message
    String mail_post_body(String author, String thread, String forum, String body, String threadLink, String stopLink);

    @Message
    String unsub_title();

    @Message
    String unsub_question(String what, String name);

    @Message
    String unsub_button();

    @Message
    String unsub_done();

    @Message
    String unsub_invalid();

    @Message
    String mail_digest_subject(int count);

    @Message
    String mail_digest_intro(int count);

    @Message
    String mail_digest_item(String thread, String author, String body, String link);

    @Message
    String mail_digest_stop();
}
