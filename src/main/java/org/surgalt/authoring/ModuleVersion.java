package org.surgalt.authoring;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.Table;

import java.util.List;

import org.hibernate.annotations.Immutable;
import org.surgalt.course.CourseContent;
import org.surgalt.course.release.ReleaseConditions;
import org.surgalt.course.release.ReleaseConditionsColumn;
import org.surgalt.platform.LocalizedText;

/** A module as one published version has it; {@code moduleId} is the draft module's, stable across versions. */
@Entity
@Immutable
@Table(name = "module_version")
class ModuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "mn", column = @Column(name = "title_mn"))
    })
    private LocalizedText title;

    @Column(name = "prerequisite_id")
    private Long prerequisiteId;

    @Convert(converter = ReleaseConditionsColumn.class)
    @Column(name = "release_conditions")
    private ReleaseConditions release = ReleaseConditions.NONE;

    protected ModuleVersion() {
    }

    ModuleVersion(CourseVersion courseVersion, CourseContent.ModuleContent module) {
        this.courseVersion = courseVersion;
        this.moduleId = module.id();
        this.position = module.position();
        this.title = module.title();
        this.prerequisiteId = module.prerequisiteId();
        this.release = module.release();
    }

    long moduleId() {
        return moduleId;
    }

    int position() {
        return position;
    }

    CourseContent.ModuleContent content(List<CourseContent.ItemContent> items) {
        return new CourseContent.ModuleContent(moduleId, position, title, prerequisiteId, List.copyOf(items),
                ReleaseConditions.orNone(release));
    }
}
