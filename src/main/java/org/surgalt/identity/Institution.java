package org.surgalt.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A school or university, placed in an aimag (or the capital) and a soum (or district). */
@Entity
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InstitutionKind kind;

    @Column(nullable = false, length = 100)
    private String aimag;

    @Column(nullable = false, length = 100)
    private String soum;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Institution() {
    }

    public Institution(String code, String name, InstitutionKind kind, String aimag, String soum) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.aimag = aimag;
        this.soum = soum;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public InstitutionKind kind() {
        return kind;
    }

    public String aimag() {
        return aimag;
    }

    public String soum() {
        return soum;
    }
}
