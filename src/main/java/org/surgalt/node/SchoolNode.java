package org.surgalt.node;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A school node registered for one institution (see V047): pending until it enrols with its one-time
 * code and public key, enrolled from then on, revoked for good.
 */
@Entity
@Table(name = "school_node")
public class SchoolNode {

    public enum State {
        PENDING, ENROLLED, REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "institution_id", nullable = false)
    private Long institutionId;

    @Column(name = "code_sha256", length = 64)
    private String codeSha256;

    @Column(name = "code_expires", nullable = false)
    private Instant codeExpires;

    @Column(name = "public_jwk", columnDefinition = "TEXT")
    private String publicJwk;

    @Column(name = "key_rotated_at")
    private Instant keyRotatedAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_contact")
    private Instant lastContact;

    @Column(name = "queued_records")
    private Long queuedRecords;

    @Column(name = "queued_files")
    private Long queuedFiles;

    @Column(name = "queued_bytes")
    private Long queuedBytes;

    @Column(name = "link_bits_per_second")
    private Long linkBitsPerSecond;

    @Column(name = "last_up_sync")
    private Instant lastUpSync;

    @Column(name = "last_down_sync")
    private Instant lastDownSync;

    @Column(name = "next_sync")
    private Instant nextSync;

    @Version
    private long version;

    protected SchoolNode() {
    }

    SchoolNode(String name, long institutionId, String codeSha256, Instant codeExpires) {
        this.name = name;
        this.institutionId = institutionId;
        this.codeSha256 = codeSha256;
        this.codeExpires = codeExpires;
        this.createdAt = Instant.now();
    }

    public State state() {
        return revokedAt != null ? State.REVOKED : enrolledAt != null ? State.ENROLLED : State.PENDING;
    }

    /** Whether its code may still enrol it: unused, unexpired, not revoked. */
    boolean mayEnrol(Instant now) {
        return state() == State.PENDING && codeSha256 != null && now.isBefore(codeExpires);
    }

    /** The code is spent by this: it is forgotten, and the key is the node's credential from now on. */
    void enrol(String publicJwk, Instant now) {
        if (!mayEnrol(now)) {
            throw new IllegalStateException("node " + id + " cannot enrol now");
        }
        this.publicJwk = publicJwk;
        this.enrolledAt = now;
        this.codeSha256 = null;
    }

    /**
     * The node's new public key replaces the old one at once: a request signed with the old key fails
     * from now on, on every instance (the key is read on every request).
     */
    void replaceKey(String publicJwk, Instant now) {
        if (state() != State.ENROLLED) {
            throw new IllegalStateException("node " + id + " is not enrolled");
        }
        this.publicJwk = publicJwk;
        this.keyRotatedAt = now;
    }

    /** For good: a node that should come back is registered again, with a new code and key. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            codeSha256 = null;
        }
    }

    void heard(Heartbeat beat, Instant now) {
        lastContact = now;
        queuedRecords = beat.queuedRecords();
        queuedFiles = beat.queuedFiles();
        queuedBytes = beat.queuedBytes();
        linkBitsPerSecond = beat.linkBitsPerSecond();
        lastUpSync = beat.lastUpSync();
        lastDownSync = beat.lastDownSync();
        nextSync = beat.nextSync();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String publicJwk() {
        return publicJwk;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant codeExpires() {
        return codeExpires;
    }

    public Instant lastContact() {
        return lastContact;
    }

    /** The last heartbeat's report; null before the first. */
    public Heartbeat backlog() {
        return lastContact == null ? null
                : new Heartbeat(queuedRecords, queuedFiles, queuedBytes, linkBitsPerSecond, lastUpSync, lastDownSync,
                        nextSync);
    }
}
