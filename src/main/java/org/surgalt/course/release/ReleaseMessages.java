package org.surgalt.course.release;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What opens a closed item, and the authors' form ({release:key}; messages/release.properties and release_mn). */
@MessageBundle(value = "release", locale = "en")
public interface ReleaseMessages {

    @Message
    String release_after_module(String title);

    @Message
    String release_after_items(String titles);

    @Message
    String release_score(String title, int atLeast);

    @Message
    String release_on(String when);

    @Message
    String release_audience(String names);

    @Message
    String release_and();

    @Message
    String release_or();

    @Message
    String release_locked();

    @Message
    String release_title(String title);

    @Message
    String release_help();

    @Message
    String release_items();

    @Message
    String release_items_none();

    @Message
    String release_opens_at();

    @Message
    String release_opens_at_hint();

    @Message
    String release_institutions();

    @Message
    String release_cohorts();

    @Message
    String release_audience_hint();

    @Message
    String release_quiz();

    @Message
    String release_quiz_none();

    @Message
    String release_quiz_at_least();

    @Message
    String release_save();

    @Message
    String release_saved();

    @Message
    String release_edit_link();

    @Message
    String release_back();
}
