package org.surgalt.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A place to talk: a course's (or one of its modules') or a cohort's, never both (see V034). */
@Entity
@Table(name = "forum")
public class Forum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "module_id")
    private Long moduleId;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ForumKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "threads_required", nullable = false)
    private int threadsRequired;

    @Column(name = "replies_required", nullable = false)
    private int repliesRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    /** Issue 22: a cohort forum for one team of the cohort only (V037); null for the whole cohort. */
    @Column(name = "team_id")
    private Long teamId;

    protected Forum() {
    }

    Forum(Long courseId, Long moduleId, Long cohortId, ForumKind kind, String title, long createdBy) {
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.cohortId = cohortId;
        this.kind = kind;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** Taking part counts for this item of the course: so many threads started, so many replies written. */
    void countsFor(Long item, int threads, int replies) {
        this.itemId = item;
        this.threadsRequired = item == null ? 0 : threads;
        this.repliesRequired = item == null ? 0 : replies;
    }

    void onlyFor(Long team) {
        this.teamId = team;
    }

    public Long teamId() {
        return teamId;
    }

    public Long itemId() {
        return itemId;
    }

    public int threadsRequired() {
        return threadsRequired;
    }

    public int repliesRequired() {
        return repliesRequired;
    }

    public long id() {
        return id;
    }

    public Long courseId() {
        return courseId;
    }

    public Long moduleId() {
        return moduleId;
    }

    public Long cohortId() {
        return cohortId;
    }

    public ForumKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
