package org.surgalt.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.identity.SecretTokens;
import org.surgalt.identity.User;
import org.surgalt.identity.local.LocalAccountService;
import org.surgalt.platform.DomainException;

/**
 * The first start without demo data: a one-time link (only its SHA-256 stored, valid for
 * {@link #VALID_FOR}) opens a form that creates the site administrator. The site is set up once:
 * the row site_setup(id 1) is inserted in the transaction that creates the admin, so two links used
 * at the same moment (from two instances' logs) cannot both succeed; once any site admin exists,
 * every link answers 404.
 */
@ApplicationScoped
public class SetupService {

    /** Long enough to read the log and open a browser; every start without an admin issues a new link. */
    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What the form gives. */
    public record NewAdmin(String email, String name, String locale, String password, String passwordAgain) {
    }

    private final EntityManager em;
    private final IdentityService identity;
    private final LocalAccountService accounts;
    private final AuditLog audit;

    SetupService(EntityManager em, IdentityService identity, LocalAccountService accounts, AuditLog audit) {
        this.em = em;
        this.identity = identity;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Whether the site has its administrator (through this setup, or any other way). */
    @Transactional
    public boolean done() {
        return identity.siteAdminExists() || setUp();
    }

    /** A new one-time link's token (the log shows it; the database keeps its hash). */
    @Transactional
    public String issue() {
        String token = SecretTokens.newToken();
        em.createNativeQuery("INSERT INTO setup_link (token_hash, created_at, expires_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, utc(Instant.now()))
                .setParameter(3, utc(Instant.now().plus(VALID_FOR))).executeUpdate();
        return token;
    }

    /** The form may be shown: the link is valid and the site not set up; otherwise 404. */
    @Transactional
    public void requireOpen(String token) {
        requireOpen(token, identity.siteAdminExists());
    }

    /** Creates the site administrator with a local password; the link is used up. */
    @Transactional
    public User complete(String token, NewAdmin input) {
        return complete(token, input, identity.siteAdminExists());
    }

    /**
     * As {@link #complete(String, NewAdmin)}, with whether a site admin exists already given: the
     * tests share one database, where other tests' admins exist, so they state the first start.
     */
    @Transactional
    User complete(String token, NewAdmin input, boolean adminExists) {
        long link = requireOpen(token, adminExists);
        String email = input.email() == null ? "" : input.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw DomainException.invalid("email", "is not an email address");
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("name", "give a name of at most 200 characters");
        }
        String locale = "en".equals(input.locale()) ? "en" : "mn";
        if (input.password() == null || !input.password().equals(input.passwordAgain())) {
            throw DomainException.invalid("newPasswordAgain", "does not match the new password");
        }
        User admin = identity.createUserIfAbsent(email, name, locale, null)
                .orElseThrow(() -> DomainException.invalid("email", "an account with this address exists already"));
        accounts.setPassword(admin.id(), input.password());
        identity.grant(admin.id(), Grant.site(Role.ADMIN));
        try {
            em.createNativeQuery("INSERT INTO site_setup (id, admin_id, completed_at) VALUES (1, ?1, ?2)")
                    .setParameter(1, admin.id()).setParameter(2, utc(Instant.now())).executeUpdate();
        } catch (PersistenceException e) {
            // Another link was used first, a moment ago: everything here rolls back.
            throw DomainException.notFound("setup link", "with this address");
        }
        em.createNativeQuery("UPDATE setup_link SET used_at = ?2 WHERE id = ?1").setParameter(1, link)
                .setParameter(2, utc(Instant.now())).executeUpdate();
        audit.record(AuditLog.by(admin.id(), "site.setup").object("user", admin.id()).person(admin.id())
                .after(Map.of("email", admin.email(), "name", admin.displayName(), "locale", locale,
                        "role", Role.ADMIN.id())));
        return admin;
    }

    /** The link's id, locked until the transaction ends; 404 when it cannot be used. */
    private long requireOpen(String token, boolean adminExists) {
        if (adminExists || setUp()) {
            throw DomainException.notFound("setup link", "with this address");
        }
        var rows = em.createNativeQuery("SELECT id FROM setup_link WHERE token_hash = ?1 AND used_at IS NULL "
                + "AND expires_at > ?2 FOR UPDATE").setParameter(1, SecretTokens.hash(token))
                .setParameter(2, utc(Instant.now())).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("setup link", "with this address");
        }
        return ((Number) rows.get(0)).longValue();
    }

    private boolean setUp() {
        return !em.createNativeQuery("SELECT id FROM site_setup").getResultList().isEmpty();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
