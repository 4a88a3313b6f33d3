package org.surgalt.authoring;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.annotations.Immutable;
import org.surgalt.course.CourseContent;
import org.surgalt.course.Item;
import org.surgalt.platform.LocalizedText;

/** A published version of a course: a copy of the draft that never changes again. */
@Entity
@Immutable
@Table(name = "course_version")
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false)
    private int number;

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

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @Column(name = "review_id")
    private Long reviewId;

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ModuleVersion> modules = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ItemVersion> items = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.PERSIST)
    private List<VersionAsset> assets = new ArrayList<>();

    protected CourseVersion() {
    }

    /** Copies a draft. {@code publishedBy} and {@code reviewId} are null for imported courses. */
    static CourseVersion of(CourseContent draft, int number, Long publishedBy, Long reviewId) {
        CourseVersion version = new CourseVersion();
        version.courseId = draft.courseId();
        version.number = number;
        version.title = draft.title();
        version.description = draft.description();
        version.publishedAt = Instant.now();
        version.publishedBy = publishedBy;
        version.reviewId = reviewId;
        for (CourseContent.ModuleContent module : draft.modules()) {
            version.modules.add(new ModuleVersion(version, module));
            for (CourseContent.ItemContent item : module.items()) {
                version.items.add(new ItemVersion(version, item));
            }
        }
        draft.assets().values().forEach(file -> version.assets.add(new VersionAsset(version, file)));
        return version;
    }

    /** The version's content, with the course's unversioned facts (code, language, attribution). */
    CourseContent content(String code, String language, String attribution) {
        Map<Long, List<CourseContent.ItemContent>> itemsByModule = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparingInt(ItemVersion::position))
                .forEach(item -> itemsByModule.computeIfAbsent(item.moduleId(), id -> new ArrayList<>())
                        .add(item.content()));
        List<CourseContent.ModuleContent> moduleContents = modules.stream()
                .sorted(Comparator.comparingInt(ModuleVersion::position))
                .map(module -> module.content(itemsByModule.getOrDefault(module.moduleId(), List.of())))
                .toList();
        Map<String, Item.AttachedFile> files = new LinkedHashMap<>();
        assets.forEach(asset -> files.put(asset.file().filename(), asset.file()));
        return new CourseContent(courseId, code, language, number, title,
                description == null ? LocalizedText.empty() : description, attribution, moduleContents, files);
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public int number() {
        return number;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Long publishedBy() {
        return publishedBy;
    }
}
