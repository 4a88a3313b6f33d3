package org.surgalt.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.User;
import org.surgalt.identity.UserAccess;
import org.surgalt.identity.UserRepository;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Linking a provider's sign-in to an existing local account. Surgalt never links by a matching
 * email on its own (anyone who controls a provider could then take over any account with that
 * address); instead someone with authority over both the account ({@link UserAccess#mayManage}) and
 * the provider ({@link SsoService}'s rule) declares "this person signs in through P as login". The
 * next sign-in through P whose token's preferred_username is that login (or whose email is, when the
 * provider says it is verified) is linked to the account instead of making a new one; the
 * declaration is used up by it, expires after {@link #VALID_FOR} if nobody signs in, and every
 * step is audited ("identity-link.declare", ".cancel", ".consume").
 */
@ApplicationScoped
public class IdentityLinkService {

    public static final Duration VALID_FOR = Duration.ofDays(14);
    private static final Logger LOG = Logger.getLogger(IdentityLinkService.class);

    /** A declaration still waiting, as the person's page shows it. */
    public record Pending(long id, String providerCode, String providerName, String login, Instant expiresAt) {
    }

    private final IdentityLinkRepository links;
    private final SsoProviderRepository providers;
    private final ExternalIdentityRepository externalIdentities;
    private final UserRepository users;
    private final UserAccess access;
    private final AuditLog audit;

    IdentityLinkService(IdentityLinkRepository links, SsoProviderRepository providers,
            ExternalIdentityRepository externalIdentities, UserRepository users, UserAccess access, AuditLog audit) {
        this.links = links;
        this.providers = providers;
        this.externalIdentities = externalIdentities;
        this.users = users;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Pending declare(Viewer viewer, long userId, String providerCode, String login) {
        requireMayLink(viewer, userId);
        User user = users.findById(userId);
        SsoProvider provider = providers.findByCode(providerCode == null ? "" : providerCode.strip())
                .orElseThrow(() -> DomainException.invalid("provider", "There is no identity provider with this code."));
        SsoService.requireAdmin(viewer, provider.institution().id());
        String wanted = login == null ? "" : login.strip();
        if (wanted.isEmpty() || wanted.length() > 254) {
            throw DomainException.invalid("login", "is required, at most 254 characters");
        }
        Instant now = Instant.now();
        if (!links.open(provider.id(), wanted, now).isEmpty()) {
            throw DomainException.invalid("login", "is awaited already for a person through this provider");
        }
        IdentityLink link = new IdentityLink(user.id(), provider.id(), wanted, viewer.userId(), now, now.plus(VALID_FOR));
        links.persist(link);
        audit.record(AuditLog.by(viewer, "identity-link.declare").object("person", user.id()).person(user.id())
                .after(Map.of("provider", provider.code(), "login", wanted, "expiresAt", link.expiresAt())));
        return pending(link, provider);
    }

    @Transactional
    public void cancel(Viewer viewer, long userId, long linkId) {
        requireMayLink(viewer, userId);
        IdentityLink link = links.findByIdOptional(linkId).filter(found -> found.userId() == userId)
                .orElseThrow(() -> DomainException.notFound("identity link", linkId));
        SsoProvider provider = providers.findById(link.providerId());
        SsoService.requireAdmin(viewer, provider.institution().id());
        links.delete(link);
        audit.record(AuditLog.by(viewer, "identity-link.cancel").object("person", userId).person(userId)
                .before(Map.of("provider", provider.code(), "login", link.login())));
    }

    /**
     * Who may link a person's account: someone who manages the person and administers a provider
     * (a site admin, an institution admin); which provider is checked with it ({@link SsoService}).
     */
    @Transactional
    public boolean mayLink(Viewer viewer, long userId) {
        return users.findByIdOptional(userId).filter(user -> access.mayManage(viewer, user)).isPresent()
                && (viewer.isAdmin() || viewer.hasAnywhere(org.surgalt.identity.Role.INSTITUTION_ADMIN));
    }

    private void requireMayLink(Viewer viewer, long userId) {
        User user = users.findByIdOptional(userId).orElseThrow(() -> DomainException.notFound("person", userId));
        access.requireMayManage(viewer, user);
        if (!viewer.isAdmin() && !viewer.hasAnywhere(org.surgalt.identity.Role.INSTITUTION_ADMIN)) {
            throw DomainException.forbidden("Only an admin of the institution may manage its identity provider.");
        }
    }

    @Transactional
    public boolean signsInThroughProvider(long userId) {
        return externalIdentities.isLinked(userId);
    }

    /** The sign-ins awaited for the person, for someone who may see them ({@link UserAccess#maySee}). */
    @Transactional
    public List<Pending> pending(Viewer viewer, long userId) {
        access.requireMaySee(viewer, users.findByIdOptional(userId)
                .orElseThrow(() -> DomainException.notFound("person", userId)));
        return links.openFor(userId, Instant.now()).stream()
                .map(link -> pending(link, providers.findById(link.providerId()))).toList();
    }

    /**
     * Called by {@link SsoSignIn} for a sign-in whose (issuer, subject) is new, in its transaction:
     * the account a declaration awaits for this token, now linked, or empty (a new account is made).
     */
    Optional<User> consume(SsoProvider provider, String issuer, String subject, TokenClaims claims) {
        if (claims == null || subject == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        List<IdentityLink> candidates = new java.util.ArrayList<>();
        String username = claims.text("preferred_username");
        if (!username.isEmpty()) {
            candidates.addAll(links.open(provider.id(), username, now));
        }
        String email = claims.text("email");
        if (candidates.isEmpty() && !email.isEmpty() && "true".equals(claims.text("email_verified"))) {
            candidates.addAll(links.open(provider.id(), email, now));
        }
        if (candidates.size() != 1) {
            if (candidates.size() > 1) {
                LOG.warnf("Sign-in through %s matches %d identity links: linking none", provider.code(), candidates.size());
            }
            return Optional.empty();
        }
        IdentityLink link = candidates.get(0);
        Optional<User> user = users.findByIdOptional(link.userId());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        link.use(subject, now);
        externalIdentities.persist(new ExternalIdentity(link.userId(), issuer, subject));
        links.flush();
        audit.record(AuditLog.by(link.userId(), "identity-link.consume").object("person", link.userId())
                .person(link.userId()).after(Map.of("provider", provider.code(), "login", link.login(),
                        "issuer", issuer, "subject", subject)));
        LOG.infof("Sign-in through %s linked to the existing user %d", provider.code(), link.userId());
        return user;
    }

    private static Pending pending(IdentityLink link, SsoProvider provider) {
        return new Pending(link.id(), provider.code(), provider.displayName(), link.login(), link.expiresAt());
    }
}
