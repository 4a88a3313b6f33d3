package org.surgalt.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

/** A course: an ordered list of modules, each an ordered list of items. */
@Entity
public class Course {

    public static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 8)
    private String language;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "mn", column = @Column(name = "title_mn"))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "description_en", columnDefinition = "TEXT")),
        @AttributeOverride(name = "mn", column = @Column(name = "description_mn", columnDefinition = "TEXT"))
    })
    private LocalizedText description;

    @Column(columnDefinition = "TEXT")
    private String attribution;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("filename")
    private List<CourseAsset> assets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "workflow_state", nullable = false, length = 16)
    private WorkflowState workflowState = WorkflowState.DRAFT;

    /** The number of the version learners read; null until the first publication. */
    @Column(name = "published_version")
    private Integer publishedVersion;

    @Version
    private long version;

    /** Where the draft is: being edited, or frozen while reviewers look at it. */
    public enum WorkflowState {
        DRAFT, IN_REVIEW
    }

    protected Course() {
    }

    public Course(String code, String language, LocalizedText title, LocalizedText description, String attribution) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainException.invalid("code",
                    "must be 3 to 64 lower-case letters, digits or '-', not starting or ending with '-'");
        }
        if (!"en".equals(language) && !"mn".equals(language)) {
            throw DomainException.invalid("language", "must be en or mn");
        }
        if (title == null || title.isEmpty()) {
            throw DomainException.invalid("title", "must be given in English or Mongolian");
        }
        this.code = code;
        this.language = language;
        this.title = title.within("title", 255);
        this.description = description == null ? LocalizedText.empty() : description.within("description", 20_000);
        this.attribution = attribution == null || attribution.isBlank() ? null : attribution.strip();
        this.createdAt = Instant.now();
    }

    /** Changes the draft's title and description. */
    public void describe(LocalizedText newTitle, LocalizedText newDescription) {
        requireEditable();
        if (newTitle == null || newTitle.isEmpty()) {
            throw DomainException.invalid("title", "must be given in English or Mongolian");
        }
        this.title = newTitle.within("title", 255);
        this.description = newDescription == null ? LocalizedText.empty() : newDescription.within("description", 20_000);
    }

    /** Reviewers approve what they saw: the draft cannot change while it is in review. */
    public void requireEditable() {
        if (workflowState == WorkflowState.IN_REVIEW) {
            throw DomainException.conflict("The draft is in review and cannot change; withdraw it from review to edit.");
        }
    }

    public void enterReview() {
        requireEditable();
        this.workflowState = WorkflowState.IN_REVIEW;
    }

    public void leaveReview() {
        this.workflowState = WorkflowState.DRAFT;
    }

    public int nextVersionNumber() {
        return publishedVersion == null ? 1 : publishedVersion + 1;
    }

    public void published(int number) {
        this.publishedVersion = number;
        this.workflowState = WorkflowState.DRAFT;
    }

    /** Adds or replaces the file a lesson refers to by this name. */
    public void putAsset(Item.AttachedFile file) {
        requireEditable();
        assets.stream().filter(asset -> asset.filename().equals(file.filename())).findFirst()
                .ifPresentOrElse(asset -> asset.replace(file), () -> assets.add(new CourseAsset(this, file)));
    }

    public Map<String, Item.AttachedFile> assetFiles() {
        Map<String, Item.AttachedFile> files = new LinkedHashMap<>();
        assets.forEach(asset -> files.put(asset.filename(), asset.file()));
        return files;
    }

    public WorkflowState workflowState() {
        return workflowState;
    }

    public Optional<Integer> publishedVersion() {
        return Optional.ofNullable(publishedVersion);
    }

    public long version() {
        return version;
    }

    /** Appends a module after the existing ones. */
    public CourseModule addModule(LocalizedText moduleTitle) {
        requireEditable();
        int position = modules.stream().mapToInt(CourseModule::position).max().orElse(0) + 1;
        CourseModule module = new CourseModule(this, position, moduleTitle);
        modules.add(module);
        return module;
    }

    /** Removes a module and its items from the draft; published versions keep them. */
    public void removeModule(CourseModule module) {
        requireEditable();
        modules.forEach(other -> other.forgetPrerequisite(module));
        modules.remove(module);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String language() {
        return language;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        // Hibernate leaves an embeddable whose columns are all null as null.
        return description == null ? LocalizedText.empty() : description;
    }

    public String attribution() {
        return attribution;
    }

    public List<CourseModule> modules() {
        return Collections.unmodifiableList(modules);
    }
}
