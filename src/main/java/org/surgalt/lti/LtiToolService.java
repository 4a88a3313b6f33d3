package org.surgalt.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Site admins register, list and disable LTI 1.3 tools; launches find a tool here. */
@ApplicationScoped
public class LtiToolService {

    private final LtiToolRepository tools;
    private final AuditLog audit;

    LtiToolService(LtiToolRepository tools, AuditLog audit) {
        this.tools = tools;
        this.audit = audit;
    }

    @Transactional
    public LtiTool register(Viewer viewer, ToolForm form) {
        requireAdmin(viewer);
        validate(form);
        if (tools.byClientId(form.clientId()).isPresent()) {
            throw DomainException.invalid("clientId", "another tool is registered with this client id");
        }
        String origin = origin(form.loginUrl());
        if (!tools.activeAt(origin).isEmpty()) {
            throw DomainException.invalid("loginUrl", "another active tool is registered at this address");
        }
        LtiTool tool = new LtiTool(form, origin);
        tools.persist(tool);
        tools.flush();
        audit.record(AuditLog.by(viewer, "lti_tool.create").object("lti_tool", tool.id()).after(audited(tool)));
        return tool;
    }

    @Transactional
    public List<LtiTool> all(Viewer viewer) {
        requireAdmin(viewer);
        return tools.listAll(Sort.by("id"));
    }

    @Transactional
    public LtiTool disable(Viewer viewer, long id) {
        requireAdmin(viewer);
        LtiTool tool = tools.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("LTI tool", id));
        Map<String, Object> before = audited(tool);
        tool.disable();
        audit.record(AuditLog.by(viewer, "lti_tool.disable").object("lti_tool", id).before(before)
                .after(audited(tool)));
        return tool;
    }

    /** The active tool an LTI item's target link belongs to: the one registered at its origin. */
    Optional<LtiTool> forTarget(String targetLinkUri) {
        if (targetLinkUri == null || !isWebAddress(targetLinkUri)) {
            return Optional.empty();
        }
        return tools.activeAt(origin(targetLinkUri)).stream().findFirst();
    }

    Optional<LtiTool> byClientId(String clientId) {
        return clientId == null ? Optional.empty()
                : tools.byClientId(clientId).filter(tool -> !tool.disabled());
    }

    private static void validate(ToolForm form) {
        if (form.name().isEmpty() || form.name().length() > 200) {
            throw DomainException.invalid("name", "give the tool a name of at most 200 characters");
        }
        if (!isWebAddress(form.issuer())) {
            throw DomainException.invalid("issuer", "must be the tool's http or https address");
        }
        if (form.clientId().isEmpty() || form.clientId().length() > 255) {
            throw DomainException.invalid("clientId", "give the client id, at most 255 characters");
        }
        if (form.deploymentId().isEmpty() || form.deploymentId().length() > 255) {
            throw DomainException.invalid("deploymentId", "give the deployment id, at most 255 characters");
        }
        if (!isWebAddress(form.loginUrl())) {
            throw DomainException.invalid("loginUrl", "must be the tool's http or https login address");
        }
        List<String> redirects = form.redirectUriList();
        if (redirects.isEmpty() || !redirects.stream().allMatch(LtiToolService::isWebAddress)) {
            throw DomainException.invalid("redirectUris", "give one or more http or https addresses, one a line");
        }
        if (form.jwksUrl().isEmpty() == form.publicKey().isEmpty()) {
            throw DomainException.invalid("jwksUrl", "give either the tool's JWKS address or its public key");
        }
        if (!form.jwksUrl().isEmpty() && !isWebAddress(form.jwksUrl())) {
            throw DomainException.invalid("jwksUrl", "must be an http or https address");
        }
        if (!PersonalData.known(form.shares())) {
            throw DomainException.invalid("shares", "must be NONE, NAME or NAME_EMAIL");
        }
        if (!form.publicKey().isEmpty()) {
            try {
                if (JWK.parseFromPEMEncodedObjects(form.publicKey()).isPrivate()) {
                    throw DomainException.invalid("publicKey", "give the public key only, never the private one");
                }
            } catch (JOSEException | RuntimeException e) {
                if (e instanceof DomainException domain) {
                    throw domain;
                }
                throw DomainException.invalid("publicKey", "must be a PEM public key");
            }
        }
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return value.length() <= 2048 && uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String origin(String address) {
        URI uri = URI.create(address);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
                + ":" + port;
    }

    private static Map<String, Object> audited(LtiTool tool) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", tool.name());
        state.put("issuer", tool.issuer());
        state.put("clientId", tool.clientId());
        state.put("deploymentId", tool.deploymentId());
        state.put("loginUrl", tool.loginUrl());
        state.put("redirectUris", tool.redirectUris());
        state.put("jwksUrl", tool.jwksUrl());
        state.put("shares", tool.shares().name());
        state.put("roster", tool.roster());
        state.put("disabled", tool.disabled());
        return state;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw DomainException.forbidden("Only site admins manage LTI tools.");
        }
    }
}
