package org.surgalt.identity.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Institution;
import org.surgalt.identity.Role;
import org.surgalt.platform.DomainException;

/**
 * An institution's OpenID Connect provider (a Keycloak realm, or an identity provider brokered
 * by Keycloak). Its role mapping turns the roles and groups in its tokens into Surgalt roles in
 * that institution, one line per value: {@code master-teachers=author,grader}.
 */
@Entity
@Table(name = "identity_provider")
public class SsoProvider {

    public static final String DEFAULT_MAPPING = """
            learner=learner
            author=author
            grader=grader
            coordinator=coordinator
            institution-admin=institution-admin""";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    // Always shown with the provider (buttons, admin views), also after its transaction ended.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, unique = true, length = 512)
    private String issuer;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "client_secret", length = 512)
    private String clientSecret;

    @Column(name = "roles_claim", nullable = false)
    private String rolesClaim;

    @Column(name = "groups_claim", nullable = false)
    private String groupsClaim;

    @Column(name = "role_mapping", nullable = false, columnDefinition = "TEXT")
    private String roleMapping;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SsoProvider() {
    }

    public SsoProvider(String code, Institution institution, Settings settings) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]")) {
            throw DomainException.invalid("code", "must be 3 to 64 lower-case letters, digits or '-'");
        }
        this.code = code;
        this.institution = institution;
        this.createdAt = Instant.now();
        update(settings);
    }

    public record Settings(String displayName, String issuer, String clientId, String clientSecret,
            String rolesClaim, String groupsClaim, String roleMapping, boolean enabled) {
    }

    public void update(Settings settings) {
        if (settings.displayName() == null || settings.displayName().isBlank()) {
            throw DomainException.invalid("displayName", "is required");
        }
        if (settings.issuer() == null || !settings.issuer().matches("https?://[^\\s]+")) {
            throw DomainException.invalid("issuer", "must be the provider's http(s) issuer URL");
        }
        if (settings.clientId() == null || settings.clientId().isBlank()) {
            throw DomainException.invalid("clientId", "is required");
        }
        String mapping = settings.roleMapping() == null || settings.roleMapping().isBlank() ? DEFAULT_MAPPING
                : settings.roleMapping();
        parseMapping(mapping);
        this.displayName = settings.displayName().strip();
        this.issuer = stripSlash(settings.issuer().strip());
        this.clientId = settings.clientId().strip();
        if (settings.clientSecret() != null && !settings.clientSecret().isBlank()) {
            this.clientSecret = settings.clientSecret();
        }
        this.rolesClaim = blankOr(settings.rolesClaim(), "realm_access/roles");
        this.groupsClaim = blankOr(settings.groupsClaim(), "groups");
        this.roleMapping = mapping.strip();
        this.enabled = settings.enabled();
    }

    /** The grants in this provider's institution that a token's roles and groups map to. */
    public Set<Grant> grantsFor(Collection<String> rolesAndGroups) {
        Set<Grant> grants = new HashSet<>();
        for (String line : roleMapping.split("\\R")) {
            Mapping mapping = Mapping.parse(line);
            if (mapping != null && rolesAndGroups.contains(mapping.external())) {
                mapping.roles().forEach(role -> grants.add(Grant.institution(role, institution.id())));
            }
        }
        return grants;
    }

    private record Mapping(String external, Set<Role> roles) {
        // "learner" maps to no grant: learners are whoever is enrolled.
        static Mapping parse(String line) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                return null;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw DomainException.invalid("roleMapping", "line '" + trimmed + "' must look like group=role,role");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : trimmed.substring(eq + 1).split(",")) {
                String role = name.strip().toLowerCase(Locale.ROOT);
                if (role.equals("learner") || role.isEmpty()) {
                    continue;
                }
                roles.add(java.util.Arrays.stream(Role.values()).filter(r -> r.id().equals(role) && r != Role.ADMIN)
                        .findFirst().orElseThrow(() -> DomainException.invalid("roleMapping", "'" + role
                                + "' is not a role an institution can give (learner, author, grader, coordinator,"
                                + " institution-admin)")));
            }
            return new Mapping(trimmed.substring(0, eq).strip(), roles);
        }
    }

    private static void parseMapping(String mapping) {
        for (String line : mapping.split("\\R")) {
            Mapping.parse(line);
        }
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Changes to the provider get a new tenant id, so that no instance keeps using the old settings. */
    public String tenantId() {
        return code + "-v" + version;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Institution institution() {
        return institution;
    }

    public String displayName() {
        return displayName;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    /** Whether a secret is set; the secret itself never leaves this package. */
    public boolean hasSecret() {
        return clientSecret != null;
    }

    public String rolesClaim() {
        return rolesClaim;
    }

    public String groupsClaim() {
        return groupsClaim;
    }

    public String roleMapping() {
        return roleMapping;
    }

    public boolean enabled() {
        return enabled;
    }
}
