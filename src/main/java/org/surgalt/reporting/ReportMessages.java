package org.surgalt.reporting;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the coordinator reports ({report:key} in templates; messages/report.properties in
 * English, messages/report_mn.properties in Mongolian), also used for exports and chart text.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    @Message
    String report_list_title();

    @Message
    String report_list_intro();

    @Message
    String report_list_none();

    @Message
    String report_title(String name);

    @Message
    String report_where();

    @Message
    String report_whole_cohort();

    @Message
    String report_no_school();

    @Message
    String report_filter();

    @Message
    String report_filter_course();

    @Message
    String report_filter_all_courses();

    @Message
    String report_filter_inactive_days();

    @Message
    String report_no_courses();

    @Message
    String report_per_enrolment(int courses);

    @Message
    String report_level_heading_cohort();

    @Message
    String report_level_heading_aimag(String aimag);

    @Message
    String report_level_heading_soum(String soum);

    @Message
    String report_level_heading_school(String school);

    @Message
    String report_col_aimag();

    @Message
    String report_col_soum();

    @Message
    String report_col_school();

    @Message
    String report_col_teacher();

    @Message
    String report_col_email();

    @Message
    String report_col_learners();

    @Message
    String report_col_started();

    @Message
    String report_col_completed();

    @Message
    String report_col_percent_complete();

    @Message
    String report_col_average();

    @Message
    String report_col_course();

    @Message
    String report_col_percent();

    @Message
    String report_col_complete();

    @Message
    String report_col_last_activity();

    @Message
    String report_col_module();

    @Message
    String report_col_position();

    @Message
    String report_col_reached();

    @Message
    String report_col_module_completed();

    @Message
    String report_col_session();

    @Message
    String report_col_not_attended();

    @Message
    String report_total();

    @Message
    String report_yes();

    @Message
    String report_no();

    @Message
    String report_never();

    @Message
    String report_why();

    @Message
    String report_chart_level(String title);

    @Message
    String report_bar_text(int percent, int completed, int enrolments);

    @Message
    String report_funnel_title();

    @Message
    String report_funnel_intro();

    @Message
    String report_funnel_chart(String course);

    @Message
    String report_funnel_bar_text(int reached, int completed, int learners);

    @Message
    String report_funnel_none();

    @Message
    String report_inactive_title();

    @Message
    String report_inactive_intro(int days, int count);

    @Message
    String report_inactive_none();

    @Message
    String report_not_attended_title();

    @Message
    String report_not_attended_intro();

    @Message
    String report_not_attended_none();

    @Message
    String report_not_attended_everyone();

    @Message
    String report_list_cut(int shown, int count);

    @Message
    String report_list_too_long(int count);

    @Message
    String report_download();

    @Message
    String report_download_csv(String table);

    @Message
    String report_download_xlsx(String table);

    @Message
    String report_download_all();

    @Message
    String report_table_level();

    @Message
    String report_table_funnel();

    @Message
    String report_table_inactive();

    @Message
    String report_table_not_attended();


    @Message
    String report_teacher_bar_text(int percent, int completed, int courses);
}
