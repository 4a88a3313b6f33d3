package org.surgalt.cartridge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of a cartridge into a new draft course, with its report (the lines as JSON); its author's. */
@Entity
@Table(name = "cartridge_import")
public class CartridgeImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String filename;

    @Column(name = "report_lines", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String lines;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CartridgeImport() {
    }

    CartridgeImport(long courseId, long authorId, String filename, String lines) {
        this.courseId = courseId;
        this.authorId = authorId;
        this.filename = filename;
        this.lines = lines;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public long authorId() {
        return authorId;
    }

    public String filename() {
        return filename;
    }

    String lines() {
        return lines;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
