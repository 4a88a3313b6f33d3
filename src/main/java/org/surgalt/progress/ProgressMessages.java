package org.surgalt.progress;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the progress pages ({progress:key}; messages/progress.properties in English,
 * messages/progress_mn.properties in Mongolian): a bundle of its own, as every feature has, to
 * stay under Quarkus 3.32's 300-key limit per bundle.
 */
@MessageBundle(value = "progress", locale = "en")
public interface ProgressMessages {

    @Message
    String item_required();

    @Message
    String item_optional();

    @Message
    String why_heading();

    @Message
    String why_module();

    @Message
    String why_condition(int needed, int atLeast, int of);

    @Message
    String rule_title(String course);

    @Message
    String rule_saved();

    @Message
    String rule_help();

    @Message
    String rule_all_modules();

    @Message
    String rule_condition(int number);

    @Message
    String rule_new_condition();

    @Message
    String rule_at_least();

    @Message
    String rule_online_hours();

    @Message
    String rule_online_hours_help();

    @Message
    String rule_link();

    @Message
    String learner_title(String name, String course);

    @Message
    String learner_items(int done, int required);

    @Message
    String learner_complete(String when);

    @Message
    String learner_last_activity(String when);

    @Message
    String learner_no_activity();

    @Message
    String learner_modules();

    @Message
    String learner_item();

    @Message
    String learner_state();

    @Message
    String learner_state_done();

    @Message
    String learner_state_started();

    @Message
    String learner_state_not_started();
}
