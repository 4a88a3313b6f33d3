package org.surgalt.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.surgalt.content.AwaitsInspection;
import org.surgalt.content.UploadService;
import org.surgalt.course.Item;

/**
 * A resource of the shared library: a Markdown body, or one file that waits (pending) until
 * inspection accepts it, or keeps the reason it was refused. Hidden by a curator with a reason.
 */
@Entity
@Table(name = "library_resource")
public class TeachingResource implements AwaitsInspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResourceKind kind;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "upload_id", length = 32)
    private String uploadId;

    @Column(name = "asset_sha256", length = 64)
    private String assetSha256;

    @Column(name = "asset_filename", length = 255)
    private String assetFilename;

    @Column(name = "asset_type", length = 255)
    private String assetType;

    @Column(length = 1000)
    private String rejection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Licence licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Subject subject;

    @Column(nullable = false, length = 64)
    private String grades;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(length = 100)
    private String aimag;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TeachingResource() {
    }

    TeachingResource(long authorId, ResourceDetails details, String markdown, String pendingUpload) {
        this.authorId = authorId;
        this.createdAt = Instant.now();
        describe(details);
        replaceContent(markdown, pendingUpload);
    }

    /** New details; the content stays unless {@link #replaceContent} is called too. */
    void describe(ResourceDetails details) {
        this.title = details.title();
        this.description = details.description();
        this.kind = details.kind();
        this.licence = details.licence();
        this.subject = details.subject();
        this.grades = details.grades().stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
        this.language = details.language();
        this.aimag = details.aimag();
        this.updatedAt = Instant.now();
    }

    /** Exactly one of the two: a Markdown body, or the id of the author's upload to wait for. */
    void replaceContent(String markdown, String pendingUpload) {
        this.body = pendingUpload == null ? markdown : null;
        this.uploadId = pendingUpload;
        this.assetSha256 = null;
        this.assetFilename = null;
        this.assetType = null;
        this.rejection = null;
        this.updatedAt = Instant.now();
    }

    @Override
    public void accepted(UploadService.ReadyUpload file) {
        this.assetSha256 = file.sha256();
        this.assetFilename = file.filename();
        this.assetType = file.mediaType();
        this.rejection = null;
    }

    @Override
    public void rejected(String reason) {
        String text = reason == null || reason.isBlank() ? "refused" : reason;
        this.rejection = text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    void feature(boolean value) {
        this.featured = value;
    }

    void hide(String reason) {
        this.hiddenReason = reason;
    }

    void show() {
        this.hiddenReason = null;
    }

    public boolean isPending() {
        return uploadId != null && assetSha256 == null && rejection == null;
    }

    public boolean isFile() {
        return body == null;
    }

    public java.util.Optional<Item.AttachedFile> file() {
        return assetSha256 == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Item.AttachedFile(assetSha256, assetFilename, assetType));
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public SortedSet<Integer> grades() {
        return Arrays.stream(grades.split(",")).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Long id() {
        return id;
    }

    public long authorId() {
        return authorId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ResourceKind kind() {
        return kind;
    }

    public String body() {
        return body;
    }

    @Override
    public String uploadId() {
        return uploadId;
    }

    public String rejection() {
        return rejection;
    }

    public Licence licence() {
        return licence;
    }

    public Subject subject() {
        return subject;
    }

    public String language() {
        return language;
    }

    public String aimag() {
        return aimag;
    }

    public boolean featured() {
        return featured;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
