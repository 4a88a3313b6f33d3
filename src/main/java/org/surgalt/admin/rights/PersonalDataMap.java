package org.surgalt.admin.rights;

import java.util.Map;
import java.util.TreeMap;

/**
 * What happens to each column that names a person (every foreign key to app_user) when the person's
 * data is exported or the person is erased. PersonalDataCoverageTest reads the database's foreign
 * keys and fails when one has no line here: a new table that holds people's data cannot forget this.
 */
public final class PersonalDataMap {

    /**
     * ERASE: exported, then deleted (or its personal fields emptied) on erasure. KEEP: exported,
     * and kept for the programme's statistics, linked to the pseudonymised account. STAFF: the
     * person as the one who acted (a grader, a reviewer, a creator): kept, since it is a record of
     * other people's data; the account's name is pseudonymised, so the row names nobody.
     */
    public enum Decision {
        ERASE, KEEP, STAFF
    }

    public record Rule(Decision decision, String why) {
    }

    private static final Map<String, Rule> RULES = new TreeMap<>();

    static {
        erase("local_credential.user_id", "the password hash: deleted, so the account cannot sign in");
        erase("external_identity.user_id", "links to identity providers: deleted, so no provider signs in as it");
        erase("role_grant.user_id", "roles: an erased person holds none");
        erase("password_reset.user_id", "reset links for the person: deleted");
        staff("password_reset.created_by", "reset links the person made for others");
        erase("upload.owner_id", "uploads: rows deleted; the files go with the store's next collection");
        keep("enrolment.user_id", "enrolments count in the programme's figures");
        staff("course_review.submitted_by", "a course submitted for review");
        staff("review_approval.reviewer_id", "a review approval given");
        staff("review_comment.author_id", "a review comment written (exported)");
        staff("course_version.published_by", "a course version published");
        keep("completion_fact.user_id", "completion facts: the programme's statistics");
        keep("assignment_extension.learner_id", "extensions granted: kept with the grades");
        staff("assignment_extension.granted_by", "extensions the person granted as a grader");
        erase("submission.learner_id", "submissions: the text, the feedback and the files are removed; state, "
                + "points and rubric scores are kept for the statistics");
        staff("submission.graded_by", "submissions the person graded");
        keep("peer_assessment.assessor_id", "peer assessments the person gave: kept with the grades they count in");
        staff("peer_assessment.overridden_by", "peer scores the person overrode as a grader");
        erase("quiz_attempt.user_id", "quiz attempts: scores kept, typed answers removed");
        erase("notification_preference.user_id", "notification preferences: deleted");
        erase("notification.user_id", "notifications: deleted");
        staff("completion_rule.updated_by", "a completion rule changed");
        keep("item_progress.user_id", "progress derived from the facts");
        keep("module_progress.user_id", "progress derived from the facts");
        keep("course_progress.user_id", "progress derived from the facts");
        staff("progress_recompute.requested_by", "a recomputation asked for");
        keep("progress_audit.user_id", "a recomputation's before and after counts");
        staff("cohort.created_by", "a cohort created");
        keep("cohort_member.user_id", "cohort memberships: the cohort's figures");
        staff("cohort_member.added_by", "members the person added");
        staff("cohort_import.imported_by", "an enrolment import run");
        staff("f2f_session.facilitator_id", "a session the person facilitated");
        staff("f2f_session.created_by", "a session the person created");
        keep("session_signup.user_id", "session sign-ups: attendance figures");
        keep("attendance.user_id", "attendance: the programme's figures");
        staff("attendance.recorded_by", "attendance the person marked");
        keep("checkin_use.user_id", "check-in code uses: attendance evidence");
        erase("certificate.user_id", "certificates name the person: revoked, the name replaced");
        staff("certificate.revoked_by", "certificates the person revoked");
        erase("sign_in_session.user_id", "sign-in sessions: deleted (the person is signed out)");
        erase("scorm_attempt.user_id", "SCORM attempts: scores kept, the runtime data (it holds the learner's name) "
                + "deleted");
        staff("xapi_client.created_by", "an LRS client created");
        keep("cmi5_registration.user_id", "cmi5 registrations: progress and completion");
        erase("h5p_user_data.user_id", "H5P state: emptied; scores already are completion facts");
        erase("identity_link.user_id", "provider sign-ins awaited for the person: deleted");
        staff("identity_link.declared_by", "a provider sign-in the person awaited for someone else");
        staff("cohort_warning_settings.updated_by", "a cohort's early-warning rules changed");
        keep("warning_digest.coordinator_id", "weekly digests sent to the person: the record that each went once");
        keep("warning_nudge.user_id", "reminders sent to the person: the record that each went once");
        // Issue 22, discussions: what the person wrote is emptied, the threads others replied in stay.
        staff("forum.created_by", "a forum created");
        erase("forum_thread.author_id", "threads started: the title replaced, the thread kept for the replies");
        erase("forum_post.author_id", "posts written: the text removed, the place in the thread kept");
        erase("forum_read.user_id", "unread marks: deleted");
        erase("forum_report.reporter_id", "posts reported: the reason removed, the report kept for moderators");
        // Issue 22, discussion mail.
        erase("forum_subscription.user_id", "forums and threads followed by mail: deleted");
        keep("forum_post_mail.user_id", "discussion posts mailed to the person: the record that each went once");
        keep("forum_digest_mail.user_id", "daily discussion digests sent to the person: the record that each went once");
        // Issue 22, discussion extras.
        staff("forum_report.resolved_by", "reports of posts the person resolved as a moderator");
        erase("forum_mention.user_id", "mentions of the person in posts: deleted (the text keeps what was written)");
        // Issue 23, LTI 1.3: a launch of a tool for the person (short-lived, single-use).
        erase("lti_launch.user_id", "tool launches: deleted");
        erase("lti_score.user_id", "scores external tools sent: deleted (completion facts they made stay as facts do)");
        // Issue 22, school teams.
        keep("cohort_team_member.user_id", "team memberships in a cohort: the cohort's figures by team");
        // Issue 22, shared library: a published resource stays (others rely on it under its licence) and names
        // a former member; ratings stay in the averages; comments lose their text.
        keep("library_resource.author_id", "resources published to the shared library: kept, attributed to a "
                + "former member");
        keep("library_rating.user_id", "ratings given: kept in the resources' averages");
        erase("library_comment.author_id", "comments written on library resources: the text removed");
        // Issue 23, Common Cartridge import: a report of an import the person ran, a record of their authoring.
        staff("cartridge_import.author_id", "a course import the person ran (its report)");
    }

    private PersonalDataMap() {
    }

    /** Every decision, by "table.column". */
    public static Map<String, Rule> rules() {
        return Map.copyOf(RULES);
    }

    private static void erase(String column, String why) {
        RULES.put(column, new Rule(Decision.ERASE, why));
    }

    private static void keep(String column, String why) {
        RULES.put(column, new Rule(Decision.KEEP, why));
    }

    private static void staff(String column, String why) {
        RULES.put(column, new Rule(Decision.STAFF, why));
    }
}
