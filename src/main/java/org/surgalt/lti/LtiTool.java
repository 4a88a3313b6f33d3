package org.surgalt.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An LTI 1.3 tool a site admin registered (V043): how to reach its OIDC login, where launches may
 * be posted, and how to check what it signs (its JWKS address or one public key).
 */
@Entity
@Table(name = "lti_tool")
public class LtiTool {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2048)
    private String issuer;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;

    @Column(name = "login_url", nullable = false, length = 2048)
    private String loginUrl;

    /** One address a line. */
    @Column(name = "redirect_uris", nullable = false, columnDefinition = "TEXT")
    private String redirectUris;

    @Column(name = "jwks_url", length = 2048)
    private String jwksUrl;

    @Column(name = "public_key_pem", columnDefinition = "TEXT")
    private String publicKeyPem;

    /** The scheme, host and port of its login address: an LTI item's target link names its tool by it. */
    @Column(nullable = false, length = 512)
    private String origin;

    @Column(nullable = false)
    private boolean disabled;

    /** What launches and rosters tell the tool of a person besides the opaque id (V045). */
    @Column(nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private PersonalData shares = PersonalData.NAME;

    /** Whether it may read a course's roster (Names and Role Provisioning). */
    @Column(nullable = false)
    private boolean roster;

    @Column(nullable = false)
    private Instant created;

    protected LtiTool() {
    }

    LtiTool(ToolForm form, String origin) {
        this.name = form.name();
        this.issuer = form.issuer();
        this.clientId = form.clientId();
        this.deploymentId = form.deploymentId();
        this.loginUrl = form.loginUrl();
        this.redirectUris = String.join("\n", form.redirectUriList());
        this.jwksUrl = form.jwksUrl().isEmpty() ? null : form.jwksUrl();
        this.publicKeyPem = form.publicKey().isEmpty() ? null : form.publicKey();
        this.origin = origin;
        this.shares = PersonalData.valueOf(form.shares());
        this.roster = form.roster();
        this.created = Instant.now();
    }

    void disable() {
        this.disabled = true;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String loginUrl() {
        return loginUrl;
    }

    public List<String> redirectUris() {
        return Arrays.stream(redirectUris.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public String jwksUrl() {
        return jwksUrl;
    }

    public String publicKeyPem() {
        return publicKeyPem;
    }

    public String origin() {
        return origin;
    }

    public boolean disabled() {
        return disabled;
    }

    public PersonalData shares() {
        return shares;
    }

    public boolean roster() {
        return roster;
    }

    public Instant created() {
        return created;
    }
}
