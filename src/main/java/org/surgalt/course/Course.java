package org.surgalt.course;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    @Version
    private long version;

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

    /** Appends a module after the existing ones. */
    public CourseModule addModule(LocalizedText moduleTitle) {
        CourseModule module = new CourseModule(this, modules.size() + 1, moduleTitle);
        modules.add(module);
        return module;
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
