package org.surgalt.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.surgalt.course.release.ReleaseConditions;
import org.surgalt.course.release.ReleaseConditionsColumn;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

/** A module of a course ("module" is java.lang.Module's name too, hence the prefix). */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "mn", column = @Column(name = "title_mn"))
    })
    private LocalizedText title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prerequisite_id")
    private CourseModule prerequisite;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Item> items = new ArrayList<>();

    @Convert(converter = ReleaseConditionsColumn.class)
    @Column(name = "release_conditions")
    private ReleaseConditions release = ReleaseConditions.NONE;

    @Version
    private long version;

    protected CourseModule() {
    }

    CourseModule(Course course, int position, LocalizedText title) {
        if (title == null || title.isEmpty()) {
            throw DomainException.invalid("title", "must be given in English or Mongolian");
        }
        this.course = course;
        this.position = position;
        this.title = title.within("title", 255);
    }

    /** Appends an item after the existing ones. */
    public Item addItem(ItemKind kind, LocalizedText itemTitle, LocalizedText body, String url) {
        course.requireEditable();
        int position = items.stream().mapToInt(Item::position).max().orElse(0) + 1;
        Item item = new Item(this, position, kind, itemTitle, body, url);
        items.add(item);
        return item;
    }

    /** Renames the module and sets the module that must be complete before this one opens (or none). */
    public void edit(LocalizedText newTitle, CourseModule newPrerequisite) {
        course.requireEditable();
        if (newTitle == null || newTitle.isEmpty()) {
            throw DomainException.invalid("title", "must be given in English or Mongolian");
        }
        if (newPrerequisite != null) {
            if (newPrerequisite == this || !newPrerequisite.course.id().equals(course.id())) {
                throw DomainException.invalid("prerequisite", "must be another module of the same course");
            }
            // A chain that comes back here would keep every module in it closed forever.
            for (CourseModule step = newPrerequisite; step != null; step = step.prerequisite) {
                if (step == this) {
                    throw DomainException.invalid("prerequisite", "would make a circle of modules that never open");
                }
            }
        }
        this.title = newTitle.within("title", 255);
        this.prerequisite = newPrerequisite;
    }

    void forgetPrerequisite(CourseModule removed) {
        if (prerequisite == removed) {
            prerequisite = null;
        }
    }

    public void removeItem(Item item) {
        course.requireEditable();
        items.remove(item);
    }

    /** The conditions besides the prerequisite; checked against the course by course/release/ReleaseService. */
    public void release(ReleaseConditions conditions) {
        course.requireEditable();
        this.release = ReleaseConditions.orNone(conditions);
    }

    public ReleaseConditions release() {
        return ReleaseConditions.orNone(release);
    }

    public Long prerequisiteId() {
        return prerequisite == null ? null : prerequisite.id();
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public int position() {
        return position;
    }

    public LocalizedText title() {
        return title;
    }

    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }
}
