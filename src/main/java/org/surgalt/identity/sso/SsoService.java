package org.surgalt.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionRepository;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Institutions' identity providers: what the sign-in page offers, and their administration. */
@ApplicationScoped
public class SsoService {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final SsoProviderRepository providers;
    private final InstitutionRepository institutions;
    private final AuditLog audit;

    SsoService(SsoProviderRepository providers, InstitutionRepository institutions, AuditLog audit) {
        this.providers = providers;
        this.institutions = institutions;
        this.audit = audit;
    }

    /** A provider as the audit log keeps it: everything but the secret, of which only its presence. */
    public record State(String code, String institution, String displayName, String issuer, String clientId,
            boolean hasSecret, String rolesClaim, String groupsClaim, String roleMapping, boolean enabled) {
        static State of(SsoProvider p) {
            return new State(p.code(), p.institution().code(), p.displayName(), p.issuer(), p.clientId(),
                    p.clientSecret() != null, p.rolesClaim(), p.groupsClaim(), p.roleMapping(), p.enabled());
        }
    }

    public record ProviderButton(String code, String displayName, String institution) {
    }

    public List<ProviderButton> buttons() {
        return providers.listEnabled().stream().map(SsoService::button).toList();
    }

    public ProviderButton button(String code) {
        return providers.findByCode(code).filter(SsoProvider::enabled).map(SsoService::button)
                .orElseThrow(() -> DomainException.notFound("identity provider", code));
    }

    private static ProviderButton button(SsoProvider provider) {
        return new ProviderButton(provider.code(), provider.displayName(), provider.institution().name());
    }

    /** Whether the provider's discovery document answers within a few seconds. */
    public boolean reachable(String code) {
        SsoProvider provider = providers.findByCode(code).orElseThrow(() -> DomainException.notFound("identity provider", code));
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(provider.issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(4)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    public List<SsoProvider> all(Viewer viewer) {
        requireAdmin(viewer, null);
        return providers.listAll();
    }

    /** The providers the viewer manages: every one for site admins, their institutions' for institution admins. */
    @Transactional
    public List<SsoProvider> manageable(Viewer viewer) {
        if (viewer.isAdmin()) {
            return providers.list("order by displayName");
        }
        List<Long> institutions = viewer.grants().stream()
                .filter(g -> g.role() == org.surgalt.identity.Role.INSTITUTION_ADMIN
                        && g.scope() == org.surgalt.identity.RoleGrant.Scope.INSTITUTION)
                .map(org.surgalt.identity.Grant::scopeId).toList();
        if (institutions.isEmpty()) {
            throw DomainException.forbidden("Only an admin of the institution may manage its identity provider.");
        }
        return providers.list("institution.id in ?1 order by displayName", institutions);
    }

    public SsoProvider get(Viewer viewer, long id) {
        SsoProvider provider = providers.findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("identity provider", id));
        requireAdmin(viewer, provider.institution().id());
        return provider;
    }

    @Transactional
    public SsoProvider create(Viewer viewer, String code, String institutionCode, SsoProvider.Settings settings) {
        Institution institution = institutions.findByCode(institutionCode == null ? "" : institutionCode)
                .orElseThrow(() -> DomainException.invalid("institution", "'" + institutionCode + "' does not exist"));
        requireAdmin(viewer, institution.id());
        if (providers.findByCode(code).isPresent()) {
            throw DomainException.conflict("An identity provider with the code '" + code + "' exists already.");
        }
        if (settings.issuer() != null && providers.find("issuer", settings.issuer().replaceAll("/$", "")).count() > 0) {
            throw DomainException.conflict("That issuer is connected already.");
        }
        SsoProvider provider = new SsoProvider(code, institution, settings);
        providers.persist(provider);
        providers.flush();
        audit.record(AuditLog.by(viewer, "identity-provider.create").object("identity-provider", provider.id())
                .after(State.of(provider)));
        return provider;
    }

    @Transactional
    public SsoProvider update(Viewer viewer, long id, SsoProvider.Settings settings) {
        SsoProvider provider = get(viewer, id);
        State before = State.of(provider);
        provider.update(settings);
        providers.flush();
        State after = State.of(provider);
        // A secret typed again is a change the states cannot show.
        boolean newSecret = settings.clientSecret() != null && !settings.clientSecret().isBlank();
        if (!after.equals(before) || newSecret) {
            String action = before.enabled() == after.enabled() ? "identity-provider.update"
                    : after.enabled() ? "identity-provider.enable" : "identity-provider.disable";
            audit.record(AuditLog.by(viewer, action).object("identity-provider", provider.id()).before(before)
                    .after(after).detail(newSecret ? "new client secret" : null));
        }
        return provider;
    }

    /** Turns the provider's sign-in button and its tokens off (or on again), from the next request. */
    @Transactional
    public SsoProvider switchOn(Viewer viewer, long id, boolean on) {
        SsoProvider provider = get(viewer, id);
        return update(viewer, id, new SsoProvider.Settings(provider.displayName(), provider.issuer(),
                provider.clientId(), null, provider.rolesClaim(), provider.groupsClaim(), provider.roleMapping(), on));
    }

    /** Site admins manage every provider; an institution's admin manages that institution's. */
    static void requireAdmin(Viewer viewer, Long institutionId) {
        boolean allowed = viewer.isAdmin() || (institutionId != null
                && viewer.hasInInstitution(org.surgalt.identity.Role.INSTITUTION_ADMIN, institutionId));
        if (!allowed) {
            throw DomainException.forbidden("Only an admin of the institution may manage its identity provider.");
        }
    }
}
