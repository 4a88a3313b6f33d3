package org.surgalt.identity.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A soum (or district) an admin added to an aimag, beyond those that ship with Surgalt. */
@Entity
@Table(name = "place")
public class AddedSoum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String aimag;

    @Column(name = "name_mn", nullable = false, length = 100)
    private String nameMn;

    @Column(name = "name_en", length = 100)
    private String nameEn;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AddedSoum() {
    }

    AddedSoum(String aimag, String nameMn, String nameEn, Long createdBy) {
        this.aimag = aimag;
        this.nameMn = nameMn;
        this.nameEn = nameEn;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String aimag() {
        return aimag;
    }

    public String nameMn() {
        return nameMn;
    }

    public String nameEn() {
        return nameEn;
    }
}
