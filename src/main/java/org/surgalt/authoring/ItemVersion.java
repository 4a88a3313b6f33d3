package org.surgalt.authoring;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.surgalt.course.Completion;
import org.surgalt.course.CourseContent;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.course.release.ReleaseConditions;
import org.surgalt.course.release.ReleaseConditionsColumn;
import org.surgalt.platform.LocalizedText;

/** An item as one published version has it; {@code itemId} is the draft item's, stable across versions. */
@Entity
@Immutable
@Table(name = "item_version")
class ItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "mn", column = @Column(name = "title_mn"))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "body_en", columnDefinition = "MEDIUMTEXT")),
        @AttributeOverride(name = "mn", column = @Column(name = "body_mn", columnDefinition = "MEDIUMTEXT"))
    })
    private LocalizedText body;

    @Column(length = 2048)
    private String url;

    @Column(name = "asset_sha256", length = 64)
    private String assetSha256;

    @Column(name = "asset_filename")
    private String assetFilename;

    @Column(name = "asset_type")
    private String assetType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Completion completion;

    @Column(name = "min_score")
    private Integer minScore;

    @Column(nullable = false)
    private boolean required = true;

    @Convert(converter = ReleaseConditionsColumn.class)
    @Column(name = "release_conditions")
    private ReleaseConditions release = ReleaseConditions.NONE;

    protected ItemVersion() {
    }

    ItemVersion(CourseVersion courseVersion, CourseContent.ItemContent item) {
        this.courseVersion = courseVersion;
        this.moduleId = item.moduleId();
        this.itemId = item.id();
        this.position = item.position();
        this.kind = item.kind();
        this.title = item.title();
        this.body = item.body();
        this.url = item.url();
        if (item.file() != null) {
            this.assetSha256 = item.file().sha256();
            this.assetFilename = item.file().filename();
            this.assetType = item.file().mediaType();
        }
        this.completion = item.completion();
        this.minScore = item.minScore();
        this.required = item.required();
        this.release = item.release();
    }

    long moduleId() {
        return moduleId;
    }

    int position() {
        return position;
    }

    CourseContent.ItemContent content() {
        Item.AttachedFile file = assetSha256 == null ? null : new Item.AttachedFile(assetSha256, assetFilename, assetType);
        return new CourseContent.ItemContent(itemId, moduleId, position, kind, title,
                body == null ? LocalizedText.empty() : body, url, file, completion, minScore, null, required,
                ReleaseConditions.orNone(release));
    }
}
