package org.surgalt.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A group of learners across institutions ("50 target schools — spring 2026") and the courses
 * they all take. Members are kept apart ({@link CohortMember}): a cohort may have tens of thousands.
 */
@Entity
public class Cohort {

    public static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "cohort_course", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "course_id", nullable = false)
    private Set<Long> courseIds = new LinkedHashSet<>();

    protected Cohort() {
    }

    public Cohort(String code, String name, String description, LocalDate startsOn, LocalDate endsOn, Long createdBy) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** A copy follows its original's name (a school node's copy of a national cohort). */
    public void rename(String newName) {
        this.name = newName.strip();
    }

    /** @return false when the course was in the cohort already */
    public boolean addCourse(long courseId) {
        return courseIds.add(courseId);
    }

    /** Members stay enrolled in a removed course: their progress there is theirs. */
    public boolean removeCourse(long courseId) {
        return courseIds.remove(courseId);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Long> courseIds() {
        return Set.copyOf(courseIds);
    }
}
