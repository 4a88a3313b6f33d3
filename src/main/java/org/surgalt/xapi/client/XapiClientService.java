package org.surgalt.xapi.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionRepository;
import org.surgalt.identity.SecretTokens;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.xapi.XapiAuthenticator;

/** Site admins make, list and disable LRS clients. */
@ApplicationScoped
public class XapiClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final XapiClientRepository clients;
    private final InstitutionRepository institutions;
    private final XapiAuthenticator authenticator;
    private final AuditLog audit;

    XapiClientService(XapiClientRepository clients, InstitutionRepository institutions,
            XapiAuthenticator authenticator, AuditLog audit) {
        this.clients = clients;
        this.institutions = institutions;
        this.authenticator = authenticator;
        this.audit = audit;
    }

    /** A client as the audit log keeps it: never its secret or its hash. */
    private static Map<String, Object> state(XapiClient client) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", client.name());
        state.put("key", client.key());
        state.put("institutionId", client.institutionId());
        state.put("read", client.canRead());
        state.put("write", client.canWrite());
        state.put("disabled", client.disabled());
        return state;
    }

    /** A new client and, this once, its secret. */
    public record Created(XapiClient client, String secret) {
    }

    @Transactional
    public Created create(Viewer viewer, String name, String institutionCode, boolean read, boolean write) {
        requireAdmin(viewer);
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw DomainException.invalid("name", "Give the client a name of at most 200 characters.");
        }
        if (!read && !write) {
            throw DomainException.invalid("rights", "A client may read, write or both.");
        }
        Long institutionId = null;
        if (institutionCode != null && !institutionCode.isBlank()) {
            institutionId = institutions.findByCode(institutionCode.strip()).map(Institution::id)
                    .orElseThrow(() -> DomainException.invalid("institution", "There is no institution with this code."));
        }
        byte[] key = new byte[12];
        RANDOM.nextBytes(key);
        String secret = SecretTokens.newToken();
        XapiClient client = new XapiClient(HexFormat.of().formatHex(key), SecretTokens.hash(secret), name.strip(),
                institutionId, read, write, viewer.userId());
        clients.persist(client);
        clients.flush();
        audit.record(AuditLog.by(viewer, "xapi-client.create").object("xapi-client", client.id()).after(state(client)));
        return new Created(client, secret);
    }

    @Transactional
    public List<XapiClient> all(Viewer viewer) {
        requireAdmin(viewer);
        return clients.listAll(io.quarkus.panache.common.Sort.by("id"));
    }

    /** Stops the client at once on this instance (and on others within the authentication cache's 30 s). */
    @Transactional
    public XapiClient disable(Viewer viewer, long id) {
        requireAdmin(viewer);
        XapiClient client = clients.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("LRS client", id));
        Map<String, Object> before = state(client);
        client.disable();
        authenticator.forget(client.key());
        if (!before.equals(state(client))) {
            audit.record(AuditLog.by(viewer, "xapi-client.disable").object("xapi-client", client.id()).before(before)
                    .after(state(client)));
        }
        return client;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw DomainException.forbidden("Only site admins manage LRS clients.");
        }
    }
}
