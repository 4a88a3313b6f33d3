package org.surgalt.admin.rights;

import java.util.List;

/**
 * The JSON files of a person's export: each a query whose every {@code ?} is the person's id, and
 * the sentence README.json gives for it. Secrets (password hashes, session and reset token hashes)
 * are never selected.
 */
final class PersonExportFiles {

    record File(String name, String holds, String sql) {
    }

    private PersonExportFiles() {
    }

    static final List<File> FILES = List.of(
            new File("account.json", "The account: email, name, language, institution (with its aimag and soum), "
                    + "when it was made, disabled or erased; when the password was last changed",
                    "SELECT u.id, u.email, u.display_name, u.locale, u.created_at, u.disabled_at, u.erased_at, "
                    + "i.code AS institution_code, i.name AS institution_name, i.aimag, i.soum, "
                    + "c.password_changed_at FROM app_user u LEFT JOIN institution i ON i.id = u.institution_id "
                    + "LEFT JOIN local_credential c ON c.user_id = u.id WHERE u.id = ?"),
            new File("external-identities.json", "Identity providers the person signs in through",
                    "SELECT issuer, subject, first_login_at FROM external_identity WHERE user_id = ?"),
            new File("roles.json", "Roles held, with their scope", "SELECT role, scope_type, scope_id FROM role_grant "
                    + "WHERE user_id = ?"),
            new File("enrolments.json", "Courses enrolled in", "SELECT e.course_id, c.code AS course_code, "
                    + "e.enrolled_at FROM enrolment e JOIN course c ON c.id = e.course_id WHERE e.user_id = ?"),
            new File("cohort-memberships.json", "Cohorts the person is a member of", "SELECT c.code AS cohort_code, "
                    + "c.name AS cohort_name, m.added_at, m.source FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id "
                    + "WHERE m.user_id = ?"),
            new File("cohort-teams.json", "Teams of a cohort the person is in", "SELECT c.code AS cohort_code, "
                    + "t.name AS team_name, m.added_at FROM cohort_team_member m JOIN cohort_team t ON t.id = m.team_id "
                    + "JOIN cohort c ON c.id = m.cohort_id WHERE m.user_id = ?"),
            new File("completion-facts.json", "Every completion fact recorded (an item done, a score)",
                    "SELECT * FROM completion_fact WHERE user_id = ? ORDER BY id"),
            new File("progress.json", "Progress per course, as derived from the facts",
                    "SELECT * FROM course_progress WHERE user_id = ?"),
            new File("progress-modules.json", "Progress per module", "SELECT * FROM module_progress WHERE user_id = ?"),
            new File("progress-items.json", "Items completed", "SELECT * FROM item_progress WHERE user_id = ?"),
            new File("progress-recomputes.json", "The person's progress before and after each recomputation",
                    "SELECT * FROM progress_audit WHERE user_id = ?"),
            new File("quiz-attempts.json", "Quiz attempts with their scores",
                    "SELECT * FROM quiz_attempt WHERE user_id = ? ORDER BY id"),
            new File("quiz-answers.json", "The answers given in each quiz attempt", "SELECT q.attempt_id, q.position, "
                    + "q.question_id, q.response, q.saved_at, q.earned FROM attempt_question q JOIN quiz_attempt a "
                    + "ON a.id = q.attempt_id WHERE a.user_id = ? ORDER BY q.attempt_id, q.position"),
            new File("submissions.json", "Assignment submissions: text, grade, feedback (the files are in files/)",
                    "SELECT id, item_id, course_id, state, body, attempts, submitted_at, late, points, max_points, "
                    + "feedback, graded_at, released_at, created_at FROM submission WHERE learner_id = ? ORDER BY id"),
            new File("submission-files.json", "Files of the submissions and of their feedback; path is the file in "
                    + "this archive", "SELECT f.id, CASE WHEN f.sha256 IS NULL THEN NULL ELSE CONCAT('files/submission-file-', f.id) END "
                    + "AS path, f.submission_id, f.purpose, f.filename, f.media_type, f.rejection, "
                    + "f.added_at, f.sha256 FROM submission_file f JOIN submission s ON s.id = f.submission_id "
                    + "WHERE s.learner_id = ? ORDER BY f.id"),
            new File("grades.json", "Rubric scores of graded submissions", "SELECT r.* FROM submission_score r "
                    + "JOIN submission s ON s.id = r.submission_id WHERE s.learner_id = ? ORDER BY r.submission_id, "
                    + "r.position"),
            new File("peer-assessments.json", "Peer assessments the person gave (never who assessed the person)",
                    "SELECT id, item_id, submission_id, role, points, comment, assessed_at FROM peer_assessment "
                    + "WHERE assessor_id = ? ORDER BY id"),
            new File("extensions.json", "Deadline extensions granted to the person",
                    "SELECT item_id, until_at, granted_at FROM assignment_extension WHERE learner_id = ?"),
            new File("uploads.json", "Files uploaded", "SELECT id, filename, declared_type, length, status, state, "
                    + "created_at FROM upload WHERE owner_id = ?"),
            new File("attendance.json", "Face-to-face attendance", "SELECT * FROM attendance WHERE user_id = ?"),
            new File("session-signups.json", "Face-to-face sessions signed up for",
                    "SELECT session_id, state, signed_up_at FROM session_signup WHERE user_id = ?"),
            new File("checkins.json", "Check-in codes used", "SELECT session_id, used_at FROM checkin_use "
                    + "WHERE user_id = ?"),
            new File("certificates.json", "Certificates issued", "SELECT code, course_id, course_version, learner_name, "
                    + "course_title_en, course_title_mn, online_hours, f2f_hours, completed_at, issued_at, revoked_at, "
                    + "revoke_reason FROM certificate WHERE user_id = ?"),
            new File("notifications.json", "Notifications made for the person",
                    "SELECT kind, course_id, item_id, due_at, state, created_at, sent_at FROM notification "
                    + "WHERE user_id = ?"),
            new File("notification-preferences.json", "Notification preferences",
                    "SELECT kind, enabled, updated_at FROM notification_preference WHERE user_id = ?"),
            new File("sign-in-sessions.json", "Sign-in sessions (their tokens are not included)",
                    "SELECT issuer, subject, created_at, last_seen_at FROM sign_in_session WHERE user_id = ?"),
            new File("password-resets.json", "Password reset links made for the person (not the links themselves)",
                    "SELECT created_at, expires_at, used_at FROM password_reset WHERE user_id = ?"),
            new File("scorm-attempts.json", "SCORM attempts", "SELECT * FROM scorm_attempt WHERE user_id = ?"),
            new File("scorm-runtime.json", "SCORM runtime data (cmi) of each attempt", "SELECT s.attempt_id, s.sco, "
                    + "s.cmi, s.updated_at FROM scorm_sco_state s JOIN scorm_attempt a ON a.id = s.attempt_id "
                    + "WHERE a.user_id = ?"),
            new File("h5p-state.json", "H5P content state", "SELECT * FROM h5p_user_data WHERE user_id = ?"),
            new File("cmi5-registrations.json", "cmi5 registrations", "SELECT * FROM cmi5_registration "
                    + "WHERE user_id = ?"),
            new File("identity-links.json", "Sign-ins through an identity provider awaited for the person",
                    "SELECT provider_id, login, declared_at, expires_at, used_at FROM identity_link WHERE user_id = ?"),
            new File("lti-launches.json", "Launches of external (LTI) tools by the person",
                    "SELECT tool_id, course_id, item_id, expires, used FROM lti_launch WHERE user_id = ?"),
            new File("lti-scores.json", "Scores external (LTI) tools sent for the person",
                    "SELECT l.tool_id, l.course_id, l.item_id, l.label, s.score_given, s.score_maximum, s.comment, "
                    + "s.activity_progress, s.grading_progress, s.updated FROM lti_score s "
                    + "JOIN lti_line_item l ON l.id = s.line_item_id WHERE s.user_id = ?"),
            new File("early-warning-mails.json", "Weekly early-warning digests sent to the person as a coordinator",
                    "SELECT cohort_id, week, sent_at FROM warning_digest WHERE coordinator_id = ?"),
            new File("reminders.json", "Reminders sent to the person for being inactive",
                    "SELECT period, cohort_id, sent_at FROM warning_nudge WHERE user_id = ?"),
            new File("forum-posts.json", "Discussion posts written", "SELECT thread_id, parent_id, body, hidden, "
                    + "created_at, edited_at FROM forum_post WHERE author_id = ?"),
            new File("forum-threads.json", "Discussion threads started",
                    "SELECT id, forum_id, title, created_at FROM forum_thread WHERE author_id = ?"),
            new File("forum-reports.json", "Discussion posts reported",
                    "SELECT post_id, reason, created_at FROM forum_report WHERE reporter_id = ?"),
            new File("forum-read.json", "Discussion threads read (the newest post seen in each)",
                    "SELECT thread_id, last_post_id FROM forum_read WHERE user_id = ?"),
            new File("forum-subscriptions.json", "Discussion forums and threads followed by mail",
                    "SELECT forum_id, thread_id, mode, created_at FROM forum_subscription WHERE user_id = ?"),
            new File("forum-mails.json", "Discussion posts mailed to the person",
                    "SELECT post_id, sent_at FROM forum_post_mail WHERE user_id = ?"),
            new File("forum-digests.json", "Daily discussion digests sent to the person",
                    "SELECT day, sent_at FROM forum_digest_mail WHERE user_id = ?"),
            new File("forum-mentions.json", "Discussion posts that mention the person",
                    "SELECT post_id, handle, notified_at FROM forum_mention WHERE user_id = ?"),
            new File("library-resources.json", "Resources published to the shared library",
                    "SELECT id, title, description, kind, body, asset_filename, licence, subject, grades, language, "
                    + "aimag, created_at, updated_at FROM library_resource WHERE author_id = ?"),
            new File("library-ratings.json", "Ratings given to library resources",
                    "SELECT resource_id, stars, rated_at FROM library_rating WHERE user_id = ?"),
            new File("library-comments.json", "Comments written on library resources",
                    "SELECT resource_id, body, created_at FROM library_comment WHERE author_id = ?"),
            new File("review-comments.json", "Comments written in course reviews",
                    "SELECT * FROM review_comment WHERE author_id = ?"),
            new File("audit-events.json", "Audit events about the person or done by them",
                    "SELECT * FROM audit_event WHERE target_user_id = ? OR actor_id = ? ORDER BY id"));

    static final String XAPI_FILE = "xapi-statements.json";
    static final String XAPI_HOLDS = "xAPI statements whose actor is the person";
}
