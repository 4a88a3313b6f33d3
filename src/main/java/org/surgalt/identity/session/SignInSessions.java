package org.surgalt.identity.session;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.SecretTokens;
import org.surgalt.identity.Viewer;

/**
 * The sessions people are signed in with, kept in the database so that ending them takes effect on
 * every instance at once (the cookies themselves are stateless and would otherwise stay valid for
 * hours). A session cookie carries a random token; a request whose token has no row here is
 * signed out. Local sessions belong to a person; sessions from an institution's provider
 * (identity/sso/RevocableTokenStateManager) to the provider's (issuer, subject), which
 * {@code external_identity} links to the person.
 */
@ApplicationScoped
public class SignInSessions {

    /** How stale {@code last_seen_at} may get before a request refreshes it: one write per session per 5 minutes. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final EntityManager em;
    private final AgroalDataSource data;
    private final Duration idleTimeout;

    SignInSessions(EntityManager em, AgroalDataSource data,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT8H") Duration idleTimeout) {
        this.em = em;
        this.data = data;
        this.idleTimeout = idleTimeout;
    }

    /** A new local session for the person; the token goes into their cookie and is not kept. */
    @Transactional
    public String startLocal(long userId) {
        // A person's sessions idle longer than the cookie's timeout can never be used again.
        deleteByKey(em.createNativeQuery("SELECT token_hash FROM sign_in_session WHERE user_id = ?1 AND last_seen_at < ?2")
                .setParameter(1, userId).setParameter(2, utc(Instant.now().minus(idleTimeout))).getResultList());
        String token = SecretTokens.newToken();
        em.createNativeQuery("INSERT INTO sign_in_session (token_hash, user_id, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?3)")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, userId).setParameter(3, utc(Instant.now()))
                .executeUpdate();
        return token;
    }

    /** A new session for someone an institution's provider signed in. */
    @Transactional
    public String startExternal(String issuer, String subject) {
        deleteByKey(em.createNativeQuery("SELECT token_hash FROM sign_in_session WHERE issuer = ?1 AND subject = ?2 "
                + "AND last_seen_at < ?3").setParameter(1, issuer).setParameter(2, subject)
                .setParameter(3, utc(Instant.now().minus(idleTimeout))).getResultList());
        String token = SecretTokens.newToken();
        em.createNativeQuery("INSERT INTO sign_in_session (token_hash, issuer, subject, created_at, last_seen_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?4)")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, issuer).setParameter(3, subject)
                .setParameter(4, utc(Instant.now())).executeUpdate();
        return token;
    }

    /**
     * Deletes stale sessions found by a plain read, by their key: a DELETE over a range of the
     * user_id (or issuer, subject) index takes gap locks even when nothing matches, and two
     * sign-ins at once then deadlock on each other's INSERT (seen with four sign-ins at a time in
     * bench/load.sh). A session deleted meanwhile by someone else is simply not there.
     */
    private void deleteByKey(List<?> tokenHashes) {
        for (Object hash : tokenHashes) {
            em.createNativeQuery("DELETE FROM sign_in_session WHERE token_hash = ?1").setParameter(1, hash)
                    .executeUpdate();
        }
    }

    /**
     * Whether a provider's session is still alive and belongs to this (issuer, subject); with a null
     * issuer, whether it is alive at all (its owner is checked once the tokens are read). Called
     * from Quarkus OIDC's callbacks, where no request context is active.
     */
    public boolean externalAlive(String token, String issuer, String subject) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        String hash = SecretTokens.hash(token);
        try (Connection connection = data.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT issuer, subject, last_seen_at "
                        + "FROM sign_in_session WHERE token_hash = ? AND user_id IS NULL")) {
            statement.setString(1, hash);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        && (issuer == null || issuer.equals(row.getString(1)) && subject.equals(row.getString(2)))
                        && alive(hash, lastSeen(row, 3), connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the session failed", e);
        }
    }

    /**
     * The person a local session belongs to, with every grant they hold, if the session has not
     * been ended and the person is not disabled. Called on every request of someone signed in
     * through the form, so it is one plain query on a connection of its own (no entity, no
     * transaction): the session, the person and their grants in one round trip. Nothing is kept
     * between requests, so an ended session, a disabled person or a changed grant counts on the
     * very next request, on every instance.
     */
    public Optional<Viewer> localViewer(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(token);
        try (Connection connection = data.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOCAL_VIEWER)) {
            statement.setString(1, hash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                if (!alive(hash, lastSeen(row, 2), connection)) {
                    return Optional.empty();
                }
                long userId = row.getLong(1);
                long institution = row.getLong(6);
                Long institutionId = row.wasNull() ? null : institution;
                return Optional.of(new Viewer(userId, row.getString(3), row.getString(4),
                        Locale.forLanguageTag(row.getString(5)), institutionId, grants(row.getString(7))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the session failed", e);
        }
    }

    private static final String LOCAL_VIEWER = "SELECT s.user_id, s.last_seen_at, u.email, u.display_name, u.locale, "
            + "u.institution_id, (SELECT GROUP_CONCAT(g.role, ' ', g.scope_type, ' ', g.scope_id SEPARATOR ',') "
            + "FROM role_grant g WHERE g.user_id = u.id) "
            + "FROM sign_in_session s JOIN app_user u ON u.id = s.user_id "
            + "WHERE s.token_hash = ? AND u.disabled_at IS NULL";
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** "ROLE SCOPE id,..." as GROUP_CONCAT wrote it (null: none). */
    private static Set<Grant> grants(String list) {
        if (list == null || list.isEmpty()) {
            return Set.of();
        }
        Set<Grant> grants = new HashSet<>();
        for (String one : list.split(",")) {
            String[] parts = one.split(" ");
            grants.add(new Grant(Role.valueOf(parts[0]), RoleGrant.Scope.valueOf(parts[1]), Long.parseLong(parts[2])));
        }
        return Set.copyOf(grants);
    }

    /** Stored as UTC wall-clock time, like every time in the schema. */
    private static Instant lastSeen(ResultSet row, int column) throws SQLException {
        Timestamp seen = row.getTimestamp(column, (Calendar) UTC.clone());
        return seen == null ? null : seen.toInstant();
    }

    /**
     * A session idle past the cookie's timeout is over (its cookie has expired too); a live one
     * has its last use written at most every {@link #TOUCH_EVERY}, so reading stays a plain read.
     * On the caller's connection, in autocommit: the touch commits by itself.
     */
    private boolean alive(String hash, Instant seen, Connection connection) throws SQLException {
        Instant now = Instant.now();
        if (seen != null && seen.isBefore(now.minus(idleTimeout))) {
            return false;
        }
        if (seen != null && seen.isBefore(now.minus(TOUCH_EVERY))) {
            try (PreparedStatement touch = connection.prepareStatement(
                    "UPDATE sign_in_session SET last_seen_at = ? WHERE token_hash = ?")) {
                touch.setObject(1, utc(now));
                touch.setString(2, hash);
                touch.executeUpdate();
            }
        }
        return true;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Ends one session (signing out). */
    @Transactional
    public void end(String token) {
        em.createNativeQuery("DELETE FROM sign_in_session WHERE token_hash = ?1")
                .setParameter(1, SecretTokens.hash(token)).executeUpdate();
    }

    /** Ends every session of the person, local and from any provider; returns how many. */
    @Transactional
    public int endAll(long userId) {
        return endAllExcept(userId, null);
    }

    /** Ends every session of the person but the one with {@code keepToken} (null: none kept). */
    @Transactional
    public int endAllExcept(long userId, String keepToken) {
        String keep = keepToken == null ? "" : SecretTokens.hash(keepToken);
        int local = em.createNativeQuery("DELETE FROM sign_in_session WHERE user_id = ?1 AND token_hash <> ?2")
                .setParameter(1, userId).setParameter(2, keep).executeUpdate();
        int external = em.createNativeQuery("DELETE s FROM sign_in_session s JOIN external_identity e "
                + "ON e.issuer = s.issuer AND e.subject = s.subject WHERE e.user_id = ?1 AND s.token_hash <> ?2")
                .setParameter(1, userId).setParameter(2, keep).executeUpdate();
        return local + external;
    }
}
