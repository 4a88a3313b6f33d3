package org.surgalt.library;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The library pages ({library:key}; messages/library.properties and library_mn.properties). */
@MessageBundle(value = "library", locale = "en")
public interface LibraryMessages {

    @Message
    String nav_library();

    @Message
    String library_title();

    @Message
    String library_intro();

    @Message
    String library_publish();

    @Message
    String library_search_label();

    @Message
    String library_search();

    @Message
    String library_filter();

    @Message
    String library_any();

    @Message
    String library_none();

    @Message
    String library_ignored(String words);

    @Message
    String library_count(int count);

    @Message
    String library_featured();

    @Message
    String library_hidden_notice(String reason);

    @Message
    String library_by(String author);

    @Message
    String library_former_member();

    @Message
    String library_rating(String average, int count);

    @Message
    String library_unrated();

    @Message
    String library_pages(int page, int pages);

    @Message
    String library_page_previous();

    @Message
    String library_page_next();

    @Message
    String field_title();

    @Message
    String field_description();

    @Message
    String field_kind();

    @Message
    String field_licence();

    @Message
    String field_subject();

    @Message
    String field_grades();

    @Message
    String field_language();

    @Message
    String field_aimag();

    @Message
    String field_aimag_none();

    @Message
    String field_body();

    @Message
    String field_body_hint();

    @Message
    String field_file();

    @Message
    String field_file_hint();

    @Message
    String field_file_replace();

    @Message
    String field_grade(int grade);

    @Message
    String field_query();

    @Message
    String kind_lesson_plan();

    @Message
    String kind_worksheet();

    @Message
    String kind_slide_deck();

    @Message
    String kind_page();

    @Message
    String licence_cc_by();

    @Message
    String licence_cc_by_sa();

    @Message
    String licence_all_rights_reserved();

    @Message
    String licence_deed();

    @Message
    String language_mn();

    @Message
    String language_en();

    @Message
    String subject_mongolian();

    @Message
    String subject_mathematics();

    @Message
    String subject_english();

    @Message
    String subject_science();

    @Message
    String subject_physics();

    @Message
    String subject_chemistry();

    @Message
    String subject_biology();

    @Message
    String subject_geography();

    @Message
    String subject_history();

    @Message
    String subject_social_studies();

    @Message
    String subject_ict();

    @Message
    String subject_arts();

    @Message
    String subject_music();

    @Message
    String subject_physical_education();

    @Message
    String subject_technology();

    @Message
    String subject_pedagogy();

    @Message
    String subject_other();

    @Message
    String resource_published(String date);

    @Message
    String resource_licence();

    @Message
    String resource_author();

    @Message
    String resource_download(String filename);

    @Message
    String resource_pending();

    @Message
    String resource_rejected(String reason);

    @Message
    String resource_edit();

    @Message
    String resource_save();

    @Message
    String resource_withdraw();

    @Message
    String resource_withdraw_note();

    @Message
    String resource_rate();

    @Message
    String resource_your_rating(int stars);

    @Message
    String resource_stars();

    @Message
    String resource_comments();

    @Message
    String resource_comments_none();

    @Message
    String resource_comment();

    @Message
    String resource_comment_add();

    @Message
    String resource_comment_delete();

    @Message
    String resource_copy();

    @Message
    String resource_copy_target();

    @Message
    String resource_copy_button();

    @Message
    String resource_copy_none();

    @Message
    String resource_copy_refused();

    @Message
    String resource_copied();

    @Message
    String resource_curate();

    @Message
    String resource_feature();

    @Message
    String resource_unfeature();

    @Message
    String resource_hide();

    @Message
    String resource_unhide();

    @Message
    String resource_reason();

    @Message
    String library_attribution(String title, String author, String licence);

    @Message
    String library_back();

    @Message
    String resource_rating_label();

    @Message
    String library_search_same(String query);

    @Message
    String library_search_found();

    @Message
    String library_search_more(int count);

    @Message
    String resource_copied_open();
}
