package org.surgalt.course;

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
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import org.surgalt.course.release.ReleaseConditions;
import org.surgalt.course.release.ReleaseConditionsColumn;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

/** One thing to do in a module: a page to read, a file, a video, an assignment, a quiz, ... */
@Entity
public class Item {

    public static final int MAX_BODY = 200_000;
    /** A quiz is passed at 60 % unless its author says otherwise. */
    static final int DEFAULT_PASS_SCORE = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "mn", column = @Column(name = "title_mn"))
    })
    private LocalizedText title;

    /** Markdown: the lesson of a page, the instructions of an assignment. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "body_en", columnDefinition = "MEDIUMTEXT")),
        @AttributeOverride(name = "mn", column = @Column(name = "body_mn", columnDefinition = "MEDIUMTEXT"))
    })
    private LocalizedText body;

    @Column(length = 2048)
    private String url;

    /** The uploaded content of a file, video or package item (see content/). */
    @Column(name = "asset_sha256", length = 64)
    private String assetSha256;

    @Column(name = "asset_filename")
    private String assetFilename;

    @Column(name = "asset_type")
    private String assetType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Completion completion = Completion.VIEWED;

    @Column(name = "min_score")
    private Integer minScore;

    /** An optional item (further reading) is shown and recorded but does not hold its module back. */
    @Column(nullable = false)
    private boolean required = true;

    /** An upload on its way into this item; see {@link #attach(AttachedFile)}. */
    @Column(name = "pending_upload_id", length = 32)
    private String pendingUploadId;

    @Convert(converter = ReleaseConditionsColumn.class)
    @Column(name = "release_conditions")
    private ReleaseConditions release = ReleaseConditions.NONE;

    @Version
    private long version;

    protected Item() {
    }

    Item(CourseModule module, int position, ItemKind kind, LocalizedText title, LocalizedText body, String url) {
        if (kind == null) {
            throw DomainException.invalid("kind", "must be one of " + ItemKind.NAMES);
        }
        if (title == null || title.isEmpty()) {
            throw DomainException.invalid("title", "must be given in English or Mongolian");
        }
        this.module = module;
        this.position = position;
        this.kind = kind;
        this.title = title.within("title", 255);
        this.body = body == null ? LocalizedText.empty() : body.within("body", MAX_BODY);
        this.completion = defaultCompletion(kind);
        this.minScore = completion == Completion.PASSED ? DEFAULT_PASS_SCORE : null;
        setUrl(url);
    }

    /** What completes an item unless the author says otherwise. */
    static Completion defaultCompletion(ItemKind kind) {
        return switch (kind) {
            case ASSIGNMENT -> Completion.SUBMITTED;
            case QUIZ -> Completion.PASSED;
            case SESSION -> Completion.ATTENDED;
            default -> Completion.VIEWED;
        };
    }

    /** The author's changes to the draft item; {@code expectedVersion} guards against overwriting someone else's. */
    public void edit(long expectedVersion, LocalizedText newTitle, LocalizedText newBody, String newUrl,
            Completion newCompletion, Integer newMinScore) {
        edit(expectedVersion, newTitle, newBody, newUrl, newCompletion, newMinScore, required);
    }

    /** As above, and whether the item counts towards its module's completion. */
    public void edit(long expectedVersion, LocalizedText newTitle, LocalizedText newBody, String newUrl,
            Completion newCompletion, Integer newMinScore, boolean newRequired) {
        module.course().requireEditable();
        if (expectedVersion != version) {
            throw DomainException.conflict("Someone else saved this item while you were editing it.");
        }
        if (newTitle == null || newTitle.isEmpty()) {
            throw DomainException.invalid("title", "must be given in English or Mongolian");
        }
        boolean forPackages = newCompletion == Completion.COMPLETED || newCompletion == Completion.COMPLETED_PASSED;
        if (newCompletion == null || forPackages && kind != ItemKind.PACKAGE) {
            throw kind == ItemKind.PACKAGE
                    ? DomainException.invalid("completion", "must be one of viewed, submitted, passed, attended, completed, completed_passed")
                    : DomainException.invalid("completion", "must be one of viewed, submitted, passed, attended");
        }
        if (newMinScore != null && (newMinScore < 0 || newMinScore > 100)) {
            throw DomainException.invalid("minScore", "must be a percentage from 0 to 100");
        }
        // A package may judge passing itself; anything else needs the score that passes.
        if (newCompletion == Completion.PASSED && newMinScore == null && kind != ItemKind.PACKAGE) {
            throw DomainException.invalid("minScore", "is required when the item is complete once passed");
        }
        this.title = newTitle.within("title", 255);
        this.body = newBody == null ? LocalizedText.empty() : newBody.within("body", MAX_BODY);
        setUrl(newUrl);
        this.completion = newCompletion;
        this.minScore = newCompletion == Completion.PASSED || newCompletion == Completion.COMPLETED_PASSED
                ? newMinScore : null;
        this.required = newRequired;
    }

    private void setUrl(String newUrl) {
        this.url = newUrl == null || newUrl.isBlank() ? null : newUrl.strip();
        if (kind == ItemKind.LINK && this.url == null) {
            throw DomainException.invalid("url", "is required for a link");
        }
        if (kind == ItemKind.LTI && this.url == null) {
            throw DomainException.invalid("url", "is required for an LTI tool: the tool's target link");
        }
        if (this.url != null && (this.url.length() > 2048 || !isWebAddress(this.url))) {
            throw DomainException.invalid("url", "must be an absolute http or https address of at most 2048 characters");
        }
    }

    // Only http(s): a javascript: or data: address in a link would run in the reader's session.
    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Gives a file, video or package item its content: an inspected, accepted upload. */
    public void attach(AttachedFile file) {
        requireCarriesFile();
        this.pendingUploadId = null;
        this.assetSha256 = file.sha256();
        this.assetFilename = file.filename();
        this.assetType = file.mediaType();
    }

    /** Remembers an upload that is still arriving or being inspected. */
    public void expectUpload(String uploadId) {
        module.course().requireEditable();
        requireCarriesFile();
        this.pendingUploadId = uploadId;
    }

    public java.util.Optional<String> pendingUploadId() {
        return java.util.Optional.ofNullable(pendingUploadId);
    }

    public boolean carriesFile() {
        return kind == ItemKind.FILE || kind == ItemKind.VIDEO || kind == ItemKind.PACKAGE;
    }

    private void requireCarriesFile() {
        if (!carriesFile()) {
            throw DomainException.invalid("upload", "only file, video and package items carry an upload");
        }
    }

    /** The conditions this item opens on; checked against the course by course/release/ReleaseService. */
    public void release(ReleaseConditions conditions) {
        module.course().requireEditable();
        this.release = ReleaseConditions.orNone(conditions);
    }

    public ReleaseConditions release() {
        return ReleaseConditions.orNone(release);
    }

    public Completion completion() {
        return completion;
    }

    public Integer minScore() {
        return minScore;
    }

    public boolean required() {
        return required;
    }

    public long version() {
        return version;
    }

    public record AttachedFile(String sha256, String filename, String mediaType) {
    }

    public java.util.Optional<AttachedFile> attachedFile() {
        return assetSha256 == null ? java.util.Optional.empty()
                : java.util.Optional.of(new AttachedFile(assetSha256, assetFilename, assetType));
    }

    public Long id() {
        return id;
    }

    public CourseModule module() {
        return module;
    }

    public ItemKind kind() {
        return kind;
    }

    public int position() {
        return position;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText body() {
        return body == null ? LocalizedText.empty() : body;
    }

    public String url() {
        return url;
    }
}
