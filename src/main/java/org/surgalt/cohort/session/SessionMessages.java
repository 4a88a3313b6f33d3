package org.surgalt.cohort.session;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the session pages ({session:key} in templates; messages/session.properties in
 * English, messages/session_mn.properties in Mongolian). A bundle of its own because Quarkus
 * 3.32's generated bundle class fails verification past 300 keys (quarkusio/quarkus#55584).
 */
@MessageBundle(value = "session", locale = "en")
public interface SessionMessages {

    @Message
    String session_new_title(String item);

    @Message
    String session_edit_title(String item);

    @Message
    String session_back_to(String title);

    @Message
    String session_field_title();

    @Message
    String session_field_date();

    @Message
    String session_field_start();

    @Message
    String session_field_end();

    @Message
    String session_field_place();

    @Message
    String session_field_capacity();

    @Message
    String session_field_facilitator();

    @Message
    String session_times_note();

    @Message
    String session_schedule();

    @Message
    String session_save();

    @Message
    String session_zone();

    @Message
    String session_when();

    @Message
    String session_where();

    @Message
    String session_facilitator();

    @Message
    String session_course();

    @Message
    String session_seats_label();

    @Message
    String session_seats(int taken, int capacity);

    @Message
    String session_your_seat();

    @Message
    String session_your_waitlist();

    @Message
    String session_sign_up();

    @Message
    String session_join_waitlist();

    @Message
    String session_cancel();

    @Message
    String session_over();

    @Message
    String session_done_confirmed();

    @Message
    String session_done_waitlisted();

    @Message
    String session_done_cancelled();

    @Message
    String session_done_checkedin();

    @Message
    String session_done_saved();

    @Message
    String session_run_label();

    @Message
    String session_take_attendance();

    @Message
    String session_show_code();

    @Message
    String session_change();

    @Message
    String session_signed_up_heading(int count);

    @Message
    String session_waitlist_heading(int count);

    @Message
    String session_nobody();

    @Message
    String session_upcoming_heading();

    @Message
    String session_none_upcoming();

    @Message
    String session_schedule_link();

    @Message
    String session_attendance_title(String title);

    @Message
    String session_attendance_signed_up();

    @Message
    String session_attendance_others(int count);

    @Message
    String session_attendance_save();

    @Message
    String session_attendance_saved();

    @Message
    String session_checked_in();

    @Message
    String session_status_present();

    @Message
    String session_status_late();

    @Message
    String session_status_excused();

    @Message
    String session_status_absent();

    @Message
    String session_code_title(String title);

    @Message
    String session_code_label();

    @Message
    String session_code_help(String link);

    @Message
    String session_code_refresh();

    @Message
    String session_checkin_title();

    @Message
    String session_checkin_session();

    @Message
    String session_checkin_code();

    @Message
    String session_checkin_button();

    @Message
    String session_checkin_none();

    @Message
    String session_checkin_wrong_code();

    @Message
    String session_checkin_expired_code();

    @Message
    String session_checkin_code_used();

    @Message
    String session_checkin_not_now();

    @Message
    String session_checkin_not_signed_up();

    @Message
    String session_checkin_already_present();

    @Message
    String session_checkin_paused(long seconds);
}
