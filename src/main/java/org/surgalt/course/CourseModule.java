package org.surgalt.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Item> items = new ArrayList<>();

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
        Item item = new Item(this, items.size() + 1, kind, itemTitle, body, url);
        items.add(item);
        return item;
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
