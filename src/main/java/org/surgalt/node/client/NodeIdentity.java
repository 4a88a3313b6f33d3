package org.surgalt.node.client;

import com.nimbusds.jose.jwk.ECKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;

/**
 * This node's enrolment with the national server (V049, one row) and what it last heard from it. The
 * private key stays inside: callers get a signer's key through {@link #privateKey()}, never its text.
 */
@Entity
@Table(name = "node_identity")
public class NodeIdentity {

    static final long ONLY = 1L;

    /** How the last call to the national server ended. */
    public enum Outcome {
        OK, REFUSED, FAILED, UNREACHABLE
    }

    @Id
    private Long id;

    @Column(name = "national_url", nullable = false, length = 500)
    private String nationalUrl;

    @Column(name = "node_id", nullable = false, length = 64)
    private String nodeId;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(name = "institution_code", nullable = false, length = 200)
    private String institutionCode;

    @Column(name = "institution_name", nullable = false, length = 500)
    private String institutionName;

    @Column(name = "private_jwk", nullable = false, columnDefinition = "TEXT")
    private String privateJwk;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_outcome", length = 20)
    private String lastOutcome;

    @Column(name = "last_detail", length = 500)
    private String lastDetail;

    @Column(name = "last_contact_at")
    private Instant lastContactAt;

    @Column(name = "link_bits_per_second")
    private Long linkBitsPerSecond;

    @Column(name = "scope_people")
    private Integer scopePeople;

    @Column(name = "scope_cohorts")
    private Integer scopeCohorts;

    @Column(name = "scope_checked_at")
    private Instant scopeCheckedAt;

    @Column(name = "last_down_sync_at")
    private Instant lastDownSyncAt;

    @Column(name = "last_up_sync_at")
    private Instant lastUpSyncAt;

    @Column(name = "last_sync_detail", length = 500)
    private String lastSyncDetail;

    @Column(name = "pending_private_jwk", columnDefinition = "TEXT")
    private String pendingPrivateJwk;

    @Column(name = "key_rotated_at")
    private Instant keyRotatedAt;

    @Version
    private long version;

    protected NodeIdentity() {
    }

    NodeIdentity(String nationalUrl, String nodeId, String issuer, String institutionCode, String institutionName,
            ECKey key, long linkBitsPerSecond, Instant now) {
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("a node keeps its private key");
        }
        this.id = ONLY;
        this.nationalUrl = nationalUrl;
        this.nodeId = nodeId;
        this.issuer = issuer;
        this.institutionCode = institutionCode;
        this.institutionName = institutionName;
        this.privateJwk = key.toJSONString();
        this.enrolledAt = now;
        this.linkBitsPerSecond = linkBitsPerSecond;
    }

    /** The answer to a call: an answered call is contact (and measures the link) even when it refuses. */
    void called(Outcome outcome, String detail, Long bitsPerSecond, Instant at) {
        lastAttemptAt = at;
        lastOutcome = outcome.name();
        lastDetail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        if (outcome == Outcome.OK) {
            lastContactAt = at;
        }
        if (bitsPerSecond != null) {
            linkBitsPerSecond = bitsPerSecond;
        }
    }

    /** A sync round ended: each direction whose steps all went through is marked synced at {@code at}. */
    void synced(boolean down, boolean up, String detail, Instant at) {
        if (down) {
            lastDownSyncAt = at;
        }
        if (up) {
            lastUpSyncAt = at;
        }
        lastSyncDetail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    void scoped(int people, int cohorts, Instant at) {
        scopePeople = people;
        scopeCohorts = cohorts;
        scopeCheckedAt = at;
    }

    ECKey privateKey() {
        return parse(privateJwk);
    }

    /** A new key made for a replacement the national server may or may not have taken yet. */
    Optional<ECKey> pendingKey() {
        return pendingPrivateJwk == null ? Optional.empty() : Optional.of(parse(pendingPrivateJwk));
    }

    /** Kept before the national server is told, so that a lost answer cannot lock the node out. */
    void pendKey(ECKey key) {
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("a node keeps its private key");
        }
        pendingPrivateJwk = key.toJSONString();
    }

    /** The national server accepted the pending key: it is the node's key from now on. */
    void promotePendingKey(Instant at) {
        if (pendingPrivateJwk != null) {
            privateJwk = pendingPrivateJwk;
            pendingPrivateJwk = null;
            keyRotatedAt = at;
        }
    }

    /** The national server refused the replacement: the old key stays. */
    void dropPendingKey() {
        pendingPrivateJwk = null;
    }

    private static ECKey parse(String jwk) {
        try {
            return ECKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("node_identity holds no EC key", e);
        }
    }

    public Instant keyRotatedAt() {
        return keyRotatedAt;
    }

    public String nationalUrl() {
        return nationalUrl;
    }

    public String nodeId() {
        return nodeId;
    }

    public String issuer() {
        return issuer;
    }

    public String institutionCode() {
        return institutionCode;
    }

    public String institutionName() {
        return institutionName;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    /** The national server refused the node's last call (401): it was revoked, or no longer trusts its key. */
    public boolean refused() {
        return Outcome.REFUSED.name().equals(lastOutcome);
    }

    public Outcome lastOutcome() {
        return lastOutcome == null ? null : Outcome.valueOf(lastOutcome);
    }

    public String lastDetail() {
        return lastDetail;
    }

    public Instant lastContactAt() {
        return lastContactAt;
    }

    public Long linkBitsPerSecond() {
        return linkBitsPerSecond;
    }

    public Instant lastDownSyncAt() {
        return lastDownSyncAt;
    }

    public Instant lastUpSyncAt() {
        return lastUpSyncAt;
    }

    public String lastSyncDetail() {
        return lastSyncDetail;
    }

    public Integer scopePeople() {
        return scopePeople;
    }

    public Integer scopeCohorts() {
        return scopeCohorts;
    }

    public Instant scopeCheckedAt() {
        return scopeCheckedAt;
    }
}
