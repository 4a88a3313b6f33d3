package org.surgalt.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of this feature's pages ({quiz:key} in templates; messages/quiz.properties in
 * English, messages/quiz_mn.properties in Mongolian). A bundle of its own because Quarkus
 * 3.32's generated bundle class fails verification past 300 keys (quarkusio/quarkus#55584).
 */
@MessageBundle(value = "quiz", locale = "en")
public interface QuizMessages {

    @Message
    String quiz_open();

    @Message
    String quiz_back_to_item();

    @Message
    String quiz_back(String title);

    @Message
    String quiz_question_count(int count);

    @Message
    String quiz_attempts_allowed(Integer count);

    @Message
    String quiz_attempts_unlimited();

    @Message
    String quiz_time_limit(String duration);

    @Message
    String quiz_no_time_limit();

    @Message
    String quiz_pass_mark(int percent);

    @Message
    String quiz_continue();

    @Message
    String quiz_start();

    @Message
    String quiz_enrolled_only();

    @Message
    String quiz_your_attempts();

    @Message
    String quiz_attempt_number();

    @Message
    String quiz_started();

    @Message
    String quiz_result();

    @Message
    String quiz_in_progress();

    @Message
    String quiz_score(Integer percent);

    @Message
    String quiz_passed();

    @Message
    String quiz_not_passed();

    @Message
    String quiz_submitted();

    @Message
    String quiz_attempt_title(String title, int number);

    @Message
    String quiz_saved();

    @Message
    String quiz_deadline(String time);

    @Message
    String quiz_question_number(int number, int points);

    @Message
    String quiz_choose_all();

    @Message
    String quiz_true();

    @Message
    String quiz_false();

    @Message
    String quiz_your_number();

    @Message
    String quiz_your_answer();

    @Message
    String quiz_save();

    @Message
    String quiz_submit();

    @Message
    String quiz_submitted_at(String time);

    @Message
    String quiz_late();

    @Message
    String quiz_your_choice();

    @Message
    String quiz_correct_option();

    @Message
    String quiz_you_answered();

    @Message
    String quiz_correct_answer();

    @Message
    String quiz_earned(String earned, int points);

    @Message
    String qbank_open();

    @Message
    String qbank_title(String course);

    @Message
    String qbank_report(int imported, int skipped);

    @Message
    String qbank_imported_as(String kind);

    @Message
    String qbank_skipped();

    @Message
    String qbank_empty();

    @Message
    String qbank_points_short(int points);

    @Message
    String qbank_new();

    @Message
    String qbank_form_help();

    @Message
    String qbank_add();

    @Message
    String qbank_import();

    @Message
    String qbank_import_help();

    @Message
    String qbank_import_files();

    @Message
    String qbank_import_start();

    @Message
    String qbank_kind();

    @Message
    String qbank_kind_single_choice();

    @Message
    String qbank_kind_multiple_choice();

    @Message
    String qbank_kind_true_false();

    @Message
    String qbank_kind_numeric();

    @Message
    String qbank_kind_short_answer();

    @Message
    String qbank_prompt();

    @Message
    String qbank_points();

    @Message
    String qbank_for_choice();

    @Message
    String qbank_options();

    @Message
    String qbank_for_true_false();

    @Message
    String qbank_for_numeric();

    @Message
    String qbank_answer();

    @Message
    String qbank_tolerance();

    @Message
    String qbank_for_short_answer();

    @Message
    String qbank_accepted();

    @Message
    String qbank_edit();

    @Message
    String qbank_delete();

    @Message
    String quizset_open();

    @Message
    String quizset_title(String title);

    @Message
    String quizset_back();

    @Message
    String quizset_help(int percent);

    @Message
    String quizset_questions();

    @Message
    String quizset_edit_bank();

    @Message
    String quizset_draw();

    @Message
    String quizset_shuffle();

    @Message
    String quizset_attempts();

    @Message
    String quizset_time_limit();

    @Message
    String quizset_review();

    @Message
    String quizset_review_nothing();

    @Message
    String quizset_review_score();

    @Message
    String quizset_review_answers();

    @Message
    String quiz_no_questions();

    @Message
    String quiz_attempts_used(Integer count);

    @Message
    String quiz_opens_at(String when);

    @Message
    String quiz_closes_at(String when);

    @Message
    String quiz_not_open_yet();

    @Message
    String quiz_closed();

    @Message
    String quizset_opens_at();

    @Message
    String quizset_closes_at();

    @Message
    String quizset_window_hint();
}
