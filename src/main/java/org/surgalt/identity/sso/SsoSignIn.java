package org.surgalt.identity.sso;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.surgalt.identity.User;
import org.surgalt.identity.UserRepository;
import org.surgalt.identity.ViewerService;
import org.surgalt.identity.session.SignInSessions;

/**
 * People who sign in through an institution's provider: found by (issuer, subject), created on
 * their first sign-in, placed in the provider's institution, with the roles its mapping gives
 * their token's roles and groups (so a change at the provider counts from the next sign-in).
 */
@ApplicationScoped
public class SsoSignIn implements ViewerService.ExternalSignIn {

    private static final Logger LOG = Logger.getLogger(SsoSignIn.class);

    private final SsoProviderRepository providers;
    private final ExternalIdentityRepository externalIdentities;
    private final UserRepository users;
    private final SignInSessions sessions;
    private final IdentityLinkService links;

    SsoSignIn(SsoProviderRepository providers, ExternalIdentityRepository externalIdentities, UserRepository users,
            SignInSessions sessions, IdentityLinkService links) {
        this.sessions = sessions;
        this.links = links;
        this.providers = providers;
        this.externalIdentities = externalIdentities;
        this.users = users;
    }

    /** Runs inside {@link ViewerService#viewerOf}'s transaction. */
    @Override
    public Optional<ViewerService.Resolved> resolve(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getIssuer() == null) {
            return Optional.empty();
        }
        Optional<SsoProvider> found = providers.findEnabledByIssuer(jwt.getIssuer());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SsoProvider provider = found.get();
        if (!sessionIsThePersons(identity, jwt)) {
            return Optional.empty();
        }
        // The id token (code flow) may lack the roles that the access token carries.
        Set<String> rolesAndGroups = new HashSet<>();
        TokenClaims principalClaims = TokenClaims.of(jwt.getRawToken()).orElse(null);
        Optional<TokenClaims> accessClaims = Optional.ofNullable(identity.getCredential(AccessTokenCredential.class))
                .flatMap(credential -> TokenClaims.of(credential.getToken()));
        for (TokenClaims claims : new TokenClaims[] {principalClaims, accessClaims.orElse(null)}) {
            if (claims != null) {
                rolesAndGroups.addAll(claims.strings(provider.rolesClaim()));
                rolesAndGroups.addAll(claims.strings(provider.groupsClaim()));
            }
        }
        User user = externalIdentities.find(jwt.getIssuer(), jwt.getSubject())
                .map(link -> users.findById(link.userId()))
                // An admin may have declared that this sign-in belongs to an existing account.
                .or(() -> links.consume(provider, jwt.getIssuer(), jwt.getSubject(), principalClaims))
                .orElseGet(() -> provision(provider, jwt, principalClaims));
        if (user.institution() == null || !user.institution().id().equals(provider.institution().id())) {
            user.joinInstitution(provider.institution());
        }
        return Optional.of(new ViewerService.Resolved(user.id(), provider.grantsFor(rolesAndGroups)));
    }

    /**
     * A provider's session cookie must name a live session of this very person
     * ({@link RevocableTokenStateManager}): an ended session, or someone else's, signs nobody in.
     * On the request that completes the code flow there is no session yet: the person is left in
     * the request for the session to be made. Bearer tokens on the API come with no such cookie.
     */
    private boolean sessionIsThePersons(SecurityIdentity identity, JsonWebToken jwt) {
        if (!(identity.getAttribute(RoutingContext.class.getName()) instanceof RoutingContext context)
                || jwt.getSubject() == null) {
            return true;
        }
        context.put(RevocableTokenStateManager.OWNER,
                new RevocableTokenStateManager.Owner(jwt.getIssuer(), jwt.getSubject()));
        return !(context.get(RevocableTokenStateManager.SESSION) instanceof String session)
                || sessions.externalAlive(session, jwt.getIssuer(), jwt.getSubject());
    }

    private User provision(SsoProvider provider, JsonWebToken jwt, TokenClaims claims) {
        String email = claims == null ? "" : claims.text("email");
        // Never link by email: a local account with the same address stays a separate account.
        if (email.isEmpty() || users.findByEmail(email).isPresent()) {
            email = jwt.getSubject() + "@" + provider.code() + ".sso.invalid";
        }
        String name = claims == null ? "" : claims.text("name");
        if (name.isBlank() && claims != null) {
            name = (claims.text("given_name") + " " + claims.text("family_name")).strip();
        }
        if (name.isBlank()) {
            name = claims == null || claims.text("preferred_username").isEmpty() ? email
                    : claims.text("preferred_username");
        }
        String locale = claims != null && claims.text("locale").toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "mn";
        User user = new User(email, name, locale, provider.institution());
        users.persist(user);
        externalIdentities.persist(new ExternalIdentity(user.id(), jwt.getIssuer(), jwt.getSubject()));
        LOG.infof("First sign-in through %s: created user %d", provider.code(), user.id());
        return user;
    }
}
