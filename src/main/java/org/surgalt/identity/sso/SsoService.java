package org.surgalt.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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

    SsoService(SsoProviderRepository providers, InstitutionRepository institutions) {
        this.providers = providers;
        this.institutions = institutions;
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
        return provider;
    }

    @Transactional
    public SsoProvider update(Viewer viewer, long id, SsoProvider.Settings settings) {
        SsoProvider provider = get(viewer, id);
        provider.update(settings);
        providers.flush();
        return provider;
    }

    /** Site admins manage every provider; an institution's admin manages that institution's. */
    private static void requireAdmin(Viewer viewer, Long institutionId) {
        boolean allowed = viewer.isAdmin() || (institutionId != null
                && viewer.hasInInstitution(org.surgalt.identity.Role.INSTITUTION_ADMIN, institutionId));
        if (!allowed) {
            throw DomainException.forbidden("Only an admin of the institution may manage its identity provider.");
        }
    }
}
