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

/**
 * A school, university or ministry, placed in an aimag (or the capital) and a soum (or district).
 * Never deleted: a retired one stays for records and reports but is not offered for new people or
 * cohorts; one merged into another is retired and names the one that took its people.
 */
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

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "merged_into")
    private Long mergedInto;

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

    public boolean retired() {
        return retiredAt != null;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public Long mergedInto() {
        return mergedInto;
    }

    /** Everything a site admin may change (the code too: other records point at the id, not the code). */
    public void change(String code, String name, InstitutionKind kind, String aimag, String soum) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.aimag = aimag;
        this.soum = soum;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void retire() {
        if (retiredAt == null) {
            retiredAt = Instant.now();
        }
    }

    /** Back in use; one merged into another stays retired (its people have moved). */
    public void unretire() {
        if (mergedInto != null) {
            throw new IllegalStateException("a merged institution stays retired");
        }
        retiredAt = null;
    }

    public void mergedInto(Institution kept) {
        if (kept.id().equals(id) || kept.retired()) {
            throw new IllegalArgumentException("merge into another institution in use");
        }
        this.mergedInto = kept.id();
        retire();
    }
}
