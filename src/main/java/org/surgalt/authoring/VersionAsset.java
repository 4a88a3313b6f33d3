package org.surgalt.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.surgalt.course.Item;

/** A lesson's named file as one published version has it. */
@Entity
@Immutable
@Table(name = "version_asset")
class VersionAsset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(nullable = false)
    private String filename;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    protected VersionAsset() {
    }

    VersionAsset(CourseVersion courseVersion, Item.AttachedFile file) {
        this.courseVersion = courseVersion;
        this.filename = file.filename();
        this.sha256 = file.sha256();
        this.mediaType = file.mediaType();
    }

    Item.AttachedFile file() {
        return new Item.AttachedFile(sha256, filename, mediaType);
    }
}
