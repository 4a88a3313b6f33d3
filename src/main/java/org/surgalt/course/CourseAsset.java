package org.surgalt.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file a lesson refers to by name, e.g. the image in {@code ![diagram](diagram.png)}. */
@Entity
@Table(name = "course_asset")
public class CourseAsset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private String filename;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CourseAsset() {
    }

    CourseAsset(Course course, Item.AttachedFile file) {
        this.course = course;
        this.filename = file.filename();
        this.sha256 = file.sha256();
        this.mediaType = file.mediaType();
        this.addedAt = Instant.now();
    }

    void replace(Item.AttachedFile file) {
        this.sha256 = file.sha256();
        this.mediaType = file.mediaType();
        this.addedAt = Instant.now();
    }

    public String filename() {
        return filename;
    }

    public Item.AttachedFile file() {
        return new Item.AttachedFile(sha256, filename, mediaType);
    }
}
