package org.surgalt.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One generation of the platform's RSA signing key (V043), its private part as a JWK. */
@Entity
@Table(name = "lti_platform_key")
class PlatformKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int generation;

    @Column(nullable = false, length = 64)
    private String kid;

    @Column(name = "private_jwk", nullable = false, columnDefinition = "TEXT")
    private String privateJwk;

    @Column(nullable = false)
    private Instant created;

    protected PlatformKey() {
    }

    PlatformKey(int generation, String kid, String privateJwk) {
        this.generation = generation;
        this.kid = kid;
        this.privateJwk = privateJwk;
        this.created = Instant.now();
    }

    int generation() {
        return generation;
    }

    String kid() {
        return kid;
    }

    String privateJwk() {
        return privateJwk;
    }

    Instant created() {
        return created;
    }
}
