package org.surgalt.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one committed CSV enrolment: who, which file (its SHA-256), what it did. */
@Entity
@Table(name = "cohort_import")
public class CohortImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    private String filename;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "new_users", nullable = false)
    private int newUsers;

    @Column(nullable = false)
    private int matched;

    @Column(name = "new_members", nullable = false)
    private int newMembers;

    @Column(name = "imported_by")
    private Long importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected CohortImport() {
    }

    public CohortImport(long cohortId, String sha256, String filename, int rowsRead, int newUsers, int matched,
            int newMembers, Long importedBy) {
        this.cohortId = cohortId;
        this.sha256 = sha256;
        this.filename = filename == null || filename.length() <= 255 ? filename : filename.substring(0, 255);
        this.rowsRead = rowsRead;
        this.newUsers = newUsers;
        this.matched = matched;
        this.newMembers = newMembers;
        this.importedBy = importedBy;
        this.importedAt = Instant.now();
    }

    public Long id() {
        return id;
    }
}
