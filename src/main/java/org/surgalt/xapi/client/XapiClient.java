package org.surgalt.xapi.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A system allowed to call the LRS with a key and secret (see V023); the secret itself is never kept. */
@Entity
@Table(name = "xapi_client")
public class XapiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "api_key", nullable = false, length = 64)
    private String key;

    @Column(name = "secret_sha256", nullable = false, length = 64)
    private String secretSha256;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "can_read", nullable = false)
    private boolean canRead;

    @Column(name = "can_write", nullable = false)
    private boolean canWrite;

    @Column(nullable = false)
    private boolean disabled;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "created_by")
    private Long createdBy;

    protected XapiClient() {
    }

    XapiClient(String key, String secretSha256, String name, Long institutionId, boolean canRead, boolean canWrite,
            long createdBy) {
        this.key = key;
        this.secretSha256 = secretSha256;
        this.name = name;
        this.institutionId = institutionId;
        this.canRead = canRead;
        this.canWrite = canWrite;
        this.createdBy = createdBy;
        this.created = Instant.now();
    }

    /** Disabling is for good: a client that should work again is a new client with a new secret. */
    void disable() {
        this.disabled = true;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public Long institutionId() {
        return institutionId;
    }

    public boolean canRead() {
        return canRead;
    }

    public boolean canWrite() {
        return canWrite;
    }

    public boolean disabled() {
        return disabled;
    }

    public Instant created() {
        return created;
    }
}
