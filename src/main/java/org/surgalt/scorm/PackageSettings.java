package org.surgalt.scorm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.surgalt.platform.DomainException;

/**
 * How a package item is taken, keyed by the item's stable id and not versioned (like quiz and
 * assignment settings): how many attempts (null: no limit), which attempt's score counts, and
 * whether it opens in the page or in a window of its own. What completes the item (completed,
 * passed, both, a mastery score) is the item's completion rule, versioned with the content.
 */
@Entity
@Table(name = "package_settings")
public class PackageSettings {

    public static final int MAX_ATTEMPTS_LIMIT = 100;

    /** Which attempt's score is the item's: the best, or the latest. */
    public enum Grading {
        HIGHEST, LAST
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Grading grading = Grading.HIGHEST;

    @Column(name = "new_window", nullable = false)
    private boolean newWindow;

    @Version
    private long version;

    protected PackageSettings() {
    }

    public PackageSettings(long itemId, long courseId) {
        this.itemId = itemId;
        this.courseId = courseId;
    }

    /** The defaults, for an item whose author never saved settings. */
    public static PackageSettings defaults(long itemId, long courseId) {
        return new PackageSettings(itemId, courseId);
    }

    public void change(long expectedVersion, Integer newMaxAttempts, Grading newGrading, boolean opensInNewWindow) {
        if (expectedVersion != version) {
            throw DomainException.conflict("Someone else saved these settings while you were editing them.");
        }
        if (newMaxAttempts != null && (newMaxAttempts < 1 || newMaxAttempts > MAX_ATTEMPTS_LIMIT)) {
            throw DomainException.invalid("maxAttempts", "must be a whole number from 1 to 100, or empty for no limit");
        }
        if (newGrading == null) {
            throw DomainException.invalid("grading", "must be highest or last");
        }
        this.maxAttempts = newMaxAttempts;
        this.grading = newGrading;
        this.newWindow = opensInNewWindow;
    }

    /** Whether a learner who has made {@code made} attempts may start another. */
    public boolean allowsAnother(int made) {
        return maxAttempts == null || made < maxAttempts;
    }

    public long itemId() {
        return itemId;
    }

    public Integer maxAttempts() {
        return maxAttempts;
    }

    public Grading grading() {
        return grading;
    }

    public boolean newWindow() {
        return newWindow;
    }

    public long version() {
        return version;
    }
}
