package org.surgalt.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.surgalt.identity.SecretTokens;

/**
 * Turns a request's {@code Authorization: Basic} into an {@link XapiCaller}: per-launch
 * credentials ({@link LaunchCredentials}, checked without the database) or an LRS client's key and
 * secret. Clients are looked up once and kept for {@link #CLIENT_TTL_NANOS}, so a busy client's
 * 2,000 statements a second cost no lookups; disabling a client drops it here at once
 * ({@link #forget}), and other instances within that time.
 */
@ApplicationScoped
public class XapiAuthenticator {

    static final long CLIENT_TTL_NANOS = 30_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Client(long id, String key, String secretSha256, String name, Long institutionId, boolean read,
            boolean write, boolean disabled) {
    }

    private record Cached<T>(T value, long until) {
        boolean fresh() {
            return System.nanoTime() - until < 0;
        }
    }

    private final ConcurrentHashMap<String, Cached<Optional<Client>>> clients = new ConcurrentHashMap<>();
    private final AgroalDataSource data;
    private final LaunchCredentials launches;
    private final XapiAgents agents;
    private final LearnerInstitutions institutions;

    XapiAuthenticator(AgroalDataSource data, LaunchCredentials launches, XapiAgents agents,
            LearnerInstitutions institutions) {
        this.data = data;
        this.institutions = institutions;
        this.launches = launches;
        this.agents = agents;
    }

    /** The caller of a request with this Authorization header; empty when it names nobody we know. */
    public Optional<XapiCaller> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Optional<LaunchScope> launch = launches.resolve(user, password);
        if (launch.isPresent()) {
            LaunchScope scope = launch.get();
            return Optional.of(new XapiCaller(null, institutions.of(scope.userId()).orElse(null), true, true, scope,
                    lmsAuthority()));
        }
        Optional<Client> client = client(user);
        if (client.isEmpty() || client.get().disabled() || !MessageDigest.isEqual(
                SecretTokens.hash(password).getBytes(StandardCharsets.US_ASCII),
                client.get().secretSha256().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Client c = client.get();
        return Optional.of(new XapiCaller(c.id(), c.institutionId(), c.read(), c.write(), null, clientAuthority(c)));
    }

    /** Forgets what this instance knows of a client (after it is disabled). */
    public void forget(String key) {
        clients.remove(key);
    }

    /** Surgalt itself as an authority: the agent statements written by the LMS name. */
    public ObjectNode lmsAuthority() {
        ObjectNode agent = JSON.createObjectNode().put("objectType", "Agent").put("name", "Surgalt");
        agent.putObject("account").put("homePage", agents.homePage()).put("name", "surgalt");
        return agent;
    }

    ObjectNode clientAuthority(Client client) {
        ObjectNode agent = JSON.createObjectNode().put("objectType", "Agent").put("name", client.name());
        agent.putObject("account").put("homePage", agents.homePage() + "/xapi/clients").put("name", client.key());
        return agent;
    }

    private Optional<Client> client(String key) {
        if (key.isEmpty() || key.length() > 64) {
            return Optional.empty();
        }
        Cached<Optional<Client>> cached = clients.get(key);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        Optional<Client> client = query("SELECT id, api_key, secret_sha256, name, institution_id, can_read, can_write,"
                + " disabled FROM xapi_client WHERE api_key = ?", key, r -> new Client(r.getLong(1), r.getString(2),
                        r.getString(3), r.getString(4), (Long) r.getObject(5, Long.class), r.getBoolean(6),
                        r.getBoolean(7), r.getBoolean(8)));
        if (clients.size() > 10_000) {
            clients.clear();
        }
        clients.put(key, new Cached<>(client, System.nanoTime() + CLIENT_TTL_NANOS));
        return client;
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> Optional<T> query(String sql, Object parameter, Row<T> row) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(row.read(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
