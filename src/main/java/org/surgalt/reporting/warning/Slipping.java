package org.surgalt.reporting.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.surgalt.platform.LocalizedText;

/**
 * The four lists of one cohort at one moment, as the weekly digest mails them and the "who is
 * slipping" page shows them: both are made by {@link EarlyWarning#lists}, so their numbers agree.
 * A list's count is of learners (one learner may be on it for several sessions or assignments).
 */
public record Slipping(CohortInfo cohort, WarningSettings.Rules rules, String week, boolean comparable,
        WarningList<Inactive> inactive, WarningList<Missed> missed, WarningList<Overdue> overdue,
        WarningList<OffPace> offPace) {

    /** The cohort as early warning needs it. */
    public record CohortInfo(long id, String code, String name, LocalDate startsOn, LocalDate endsOn, Long createdBy) {
    }

    /** Who a row is about. */
    public record Learner(long userId, String name, String email, String school) {
    }

    public record Inactive(Learner learner, Instant lastActivity) implements Row {
    }

    public record Missed(Learner learner, long sessionId, LocalizedText item, String sessionTitle, Instant endedAt)
            implements Row {
    }

    public record Overdue(Learner learner, long itemId, LocalizedText item, Instant dueAt) implements Row {
    }

    /** {@code projected}: when they would finish at their pace; null when they have not moved at all. */
    public record OffPace(Learner learner, long courseId, LocalizedText course, int percent, LocalDate projected)
            implements Row {
    }

    public interface Row {
        Learner learner();
    }

    /**
     * One list: whether its rule is on, how many learners are on it now and were last week (null:
     * no digest was taken last week), and who is new on it since then.
     */
    public record WarningList<T extends Row>(boolean on, List<T> rows, int count, Integer lastWeek, Set<Long> newIds) {

        public boolean isNew(T row) {
            return newIds.contains(row.learner().userId());
        }

        public int newCount() {
            return newIds.size();
        }
    }

    public int total() {
        return inactive.count() + missed.count() + overdue.count() + offPace.count();
    }
}
