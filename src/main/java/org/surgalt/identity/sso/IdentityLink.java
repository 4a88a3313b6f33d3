package org.surgalt.identity.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An admin's declaration that a local account's person will sign in through a provider under a
 * given username (or verified email) there: the first such sign-in is linked to the account instead
 * of making a new one, once (V030).
 */
@Entity
@Table(name = "identity_link")
public class IdentityLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(nullable = false, length = 254)
    private String login;

    @Column(name = "declared_by")
    private Long declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(length = 255)
    private String subject;

    @Version
    private long version;

    protected IdentityLink() {
    }

    IdentityLink(long userId, long providerId, String login, Long declaredBy, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.providerId = providerId;
        this.login = login;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
        this.expiresAt = expiresAt;
    }

    /** Taken by the sign-in of this subject: it cannot link anyone again. */
    void use(String newSubject, Instant at) {
        if (usedAt != null) {
            throw new IllegalStateException("identity link " + id + " was used already");
        }
        this.usedAt = at;
        this.subject = newSubject;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public long providerId() {
        return providerId;
    }

    public String login() {
        return login;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
