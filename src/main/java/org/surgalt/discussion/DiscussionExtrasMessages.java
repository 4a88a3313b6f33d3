package org.surgalt.discussion;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The discussion extras' words: reports page, attachments, mentions, forum creation
 * ({discussionx:key}; messages/discussionx.properties and discussionx_mn.properties).
 */
@MessageBundle(value = "discussionx", locale = "en")
public interface DiscussionExtrasMessages {

    @Message
    String reports_title();

    @Message
    String reports_none();

    @Message
    String reports_link();

    @Message
    String report_reason();

    @Message
    String report_by();

    @Message
    String report_post();

    @Message
    String report_forum();

    @Message
    String report_hide();

    @Message
    String report_dismiss();

    @Message
    String report_moderator_reason();

    @Message
    String search_posts();

    @Message
    String search_post_opening();

    @Message
    String search_post_reply();

    @Message
    String search_posts_more(int count);

    @Message
    String forum_place_label();

    @Message
    String forum_place_course();

    @Message
    String forum_of_module(String title);

    @Message
    String notify_kind_mention();

    @Message
    String mention_hint();

    @Message
    String mail_mention_subject(String author, String thread);

    @Message
    String mail_mention_body(String name, String author, String thread, String forum, String link, String settings);

    @Message
    String attach_title();

    @Message
    String attach_file();

    @Message
    String attach_button();

    @Message
    String attach_back();

    @Message
    String attachments();

    @Message
    String attachment_pending();

    @Message
    String attachment_refused(String reason);
}
