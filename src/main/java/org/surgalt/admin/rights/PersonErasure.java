package org.surgalt.admin.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.session.SignInSessions;
import org.surgalt.platform.DomainException;
import org.surgalt.xapi.PersonStatements;
import org.surgalt.xapi.XapiAgents;
import org.surgalt.xapi.document.DocumentAgent;

/**
 * Erases a person, in one transaction, as {@link PersonalDataMap} decides for each table: what
 * identifies them is deleted or replaced (email → erased-&lt;id&gt;@erased.invalid, which no mail
 * reaches; name → "Erased person"; credentials, provider links, sessions, resets, notifications,
 * uploads, submission texts, feedback and files, typed quiz answers, SCORM runtime data, H5P state,
 * their agent's LRS documents, the name in their xAPI statements); learning records stay, linked to the pseudonymised account
 * and its institution, so the programme's figures (aimag, soum, school) do not change. Certificates
 * are revoked and their name replaced: a certificate exists to name a person. Cannot be undone.
 *
 * <p>One class writes to the tables of several features, against the house rule, so that the
 * erasure is one transaction and PersonalDataCoverageTest can hold one list complete; the audit
 * log's own rows are not touched (only inserted, ever): they name the account by id.
 */
@ApplicationScoped
public class PersonErasure {

    static final String ERASED_NAME = "Erased person";

    private final PersonDataService people;
    private final EntityManager em;
    private final SignInSessions sessions;
    private final PersonStatements statements;
    private final AuditLog audit;
    private final XapiAgents agents;

    PersonErasure(PersonDataService people, EntityManager em, SignInSessions sessions, PersonStatements statements,
            AuditLog audit, XapiAgents agents) {
        this.agents = agents;
        this.people = people;
        this.em = em;
        this.sessions = sessions;
        this.statements = statements;
        this.audit = audit;
    }

    /** {@code confirmation} is the person's email address, typed by the admin. */
    @Transactional
    public void erase(Viewer viewer, long userId, String confirmation) {
        User user = people.allowed(viewer, userId);
        if (people.erased(userId)) {
            throw DomainException.conflict("This person has been erased already.");
        }
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(user.email())) {
            throw DomainException.invalid("confirm", "type the person's email address to confirm");
        }
        String oldEmail = user.email().toLowerCase(Locale.ROOT);
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("sign_in_session", sessions.endAll(userId));
        // Files first: their rows name the uploads and submissions changed below.
        rows.put("submission_file", run("DELETE FROM submission_file WHERE submission_id IN "
                + "(SELECT id FROM submission WHERE learner_id = ?1)", userId));
        rows.put("submission", run("UPDATE submission SET body = NULL, feedback = NULL WHERE learner_id = ?1", userId));
        rows.put("upload", run("DELETE FROM upload WHERE owner_id = ?1", userId));
        rows.put("local_credential", run("DELETE FROM local_credential WHERE user_id = ?1", userId));
        rows.put("external_identity", run("DELETE FROM external_identity WHERE user_id = ?1", userId));
        rows.put("role_grant", run("DELETE FROM role_grant WHERE user_id = ?1", userId));
        rows.put("identity_link", run("DELETE FROM identity_link WHERE user_id = ?1", userId));
        rows.put("lti_launch", run("DELETE FROM lti_launch WHERE user_id = ?1", userId));
        rows.put("password_reset", run("DELETE FROM password_reset WHERE user_id = ?1", userId));
        rows.put("notification", run("DELETE FROM notification WHERE user_id = ?1", userId));
        rows.put("notification_preference", run("DELETE FROM notification_preference WHERE user_id = ?1", userId));
        rows.put("attempt_question", run("UPDATE attempt_question SET response = NULL WHERE attempt_id IN "
                + "(SELECT id FROM quiz_attempt WHERE user_id = ?1)", userId));
        rows.put("scorm_sco_state", run("DELETE FROM scorm_sco_state WHERE attempt_id IN "
                + "(SELECT id FROM scorm_attempt WHERE user_id = ?1)", userId));
        rows.put("forum_post", run("UPDATE forum_post SET body = '' WHERE author_id = ?1", userId));
        rows.put("forum_thread", run("UPDATE forum_thread SET title = '-' WHERE author_id = ?1", userId));
        rows.put("forum_read", run("DELETE FROM forum_read WHERE user_id = ?1", userId));
        rows.put("forum_report", run("UPDATE forum_report SET reason = '' WHERE reporter_id = ?1", userId));
        rows.put("forum_subscription", run("DELETE FROM forum_subscription WHERE user_id = ?1", userId));
        rows.put("forum_mention", run("DELETE FROM forum_mention WHERE user_id = ?1", userId));
        rows.put("library_comment", run("UPDATE library_comment SET body = '' WHERE author_id = ?1", userId));
        rows.put("h5p_user_data", run("UPDATE h5p_user_data SET state = NULL WHERE user_id = ?1", userId));
        rows.put("certificate", em.createNativeQuery("UPDATE certificate SET learner_name = ?2, "
                + "revoked_at = COALESCE(revoked_at, ?3), revoked_by = COALESCE(revoked_by, ?4), "
                + "revoke_reason = COALESCE(revoke_reason, 'The person was erased.'), version = version + 1 "
                + "WHERE user_id = ?1").setParameter(1, userId).setParameter(2, ERASED_NAME).setParameter(3, now)
                .setParameter(4, viewer.userId()).executeUpdate());
        rows.put("xapi_statement", statements.forgetName(userId));
        // The LRS's State and Agent Profile documents of the person's agent (content's runtime data).
        rows.put("xapi_document", em.createNativeQuery("DELETE FROM xapi_document WHERE agent = ?1")
                .setParameter(1, DocumentAgent.of(agents.learner(userId, null), false).ifi()).executeUpdate());
        rows.put("login_throttle", em.createNativeQuery("DELETE FROM login_throttle WHERE scope = 'ACCOUNT' "
                + "AND throttle_key = ?1").setParameter(1, oldEmail).executeUpdate());
        em.flush();
        em.detach(user);
        em.createNativeQuery("UPDATE app_user SET email = ?2, display_name = ?3, erased_at = ?4, "
                + "disabled_at = COALESCE(disabled_at, ?4), version = version + 1 WHERE id = ?1")
                .setParameter(1, userId).setParameter(2, erasedEmail(userId)).setParameter(3, ERASED_NAME)
                .setParameter(4, now).executeUpdate();
        // The event keeps no personal data: the account's id and what was removed, in numbers.
        audit.record(AuditLog.by(viewer, "person.erase").object("person", userId).person(userId).after(rows));
    }

    /** Unique (the account's id) and never delivered: .invalid is reserved for that (RFC 2606). */
    static String erasedEmail(long userId) {
        return "erased-" + userId + "@erased.invalid";
    }

    private int run(String sql, long userId) {
        return em.createNativeQuery(sql).setParameter(1, userId).executeUpdate();
    }
}
