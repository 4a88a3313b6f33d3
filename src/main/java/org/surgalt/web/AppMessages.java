package org.surgalt.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the pages show. English is the default (messages/msg.properties),
 * Mongolian is in messages/msg_mn.properties.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String nav_catalogue();

    @Message
    String nav_language();

    @Message
    String nav_skip();

    @Message
    String catalogue_title();

    @Message
    String catalogue_empty();

    @Message
    String catalogue_modules(int count);

    @Message
    String course_modules();

    @Message
    String course_module(int position);

    @Message
    String course_attribution();

    @Message
    String course_empty_module();

    @Message
    String item_kind_page();

    @Message
    String item_kind_file();

    @Message
    String item_kind_video();

    @Message
    String item_kind_assignment();

    @Message
    String item_kind_quiz();

    @Message
    String item_kind_session();

    @Message
    String item_kind_link();

    @Message
    String item_kind_package();

    @Message
    String item_back(String course);

    @Message
    String item_open_link();

    @Message
    String item_no_content();

    @Message
    String item_other_language();

    @Message
    String error_title(int status);

    @Message
    String error_400();

    @Message
    String error_403();

    @Message
    String error_404();

    @Message
    String error_405();

    @Message
    String error_409();

    @Message
    String error_415();

    @Message
    String error_500(String errorId);

    @Message
    String error_other();

    @Message
    String error_home();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String login_title();

    @Message
    String login_failed();

    @Message
    String login_with_institution();

    @Message
    String login_with(String name);

    @Message
    String login_local();

    @Message
    String login_email();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String sso_unreachable_title();

    @Message
    String sso_unreachable(String provider);

    @Message
    String sso_unreachable_local();

    @Message
    String password_change_title();

    @Message
    String password_changed();

    @Message
    String password_not_local();

    @Message
    String password_current();

    @Message
    String password_new();

    @Message
    String password_again();

    @Message
    String password_save();

    @Message
    String password_reset_title();

    @Message
    String password_reset_done();

    @Message
    String password_reset_expired();

    @Message
    String item_download(String filename);
}
