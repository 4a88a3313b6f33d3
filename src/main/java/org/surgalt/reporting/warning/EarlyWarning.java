package org.surgalt.reporting.warning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.reporting.warning.Slipping.CohortInfo;
import org.surgalt.reporting.warning.Slipping.OffPace;
import org.surgalt.reporting.warning.Slipping.Row;
import org.surgalt.reporting.warning.Slipping.WarningList;

/**
 * The one place the early-warning lists are computed: the weekly digest and the "who is slipping"
 * page both call {@link #lists}, so a coordinator reads the same names and numbers in both.
 *
 * <p>"Off pace", simply: a learner's pace in a course is the share of its required items they have
 * done, divided by the days since they started (the later of the cohort's start and the day they
 * joined it). Kept up, it finishes the course on a projected date; when that is after the cohort's
 * end date (or they have done nothing), they are off pace. Nobody is judged in their first
 * {@value #PACE_GRACE_DAYS} days, nor in a cohort without an end date or one that has ended.
 */
@ApplicationScoped
public class EarlyWarning {

    static final int PACE_GRACE_DAYS = 7;
    private static final TypeReference<Map<String, List<Long>>> LISTS = new TypeReference<>() {
    };

    private final WarningQueries queries;
    private final WarningSettingsService settings;
    private final ObjectMapper json;
    private final ZoneId zone;

    EarlyWarning(WarningQueries queries, WarningSettingsService settings, ObjectMapper json, NotificationConfig mail) {
        this.queries = queries;
        this.settings = settings;
        this.json = json;
        this.zone = mail.timeZone();
    }

    /** "2026-W50": the ISO week of an instant where the programme runs (the mails' time zone). */
    public String week(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return String.format("%04d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR),
                local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The lists of a cohort at {@code now}, each compared with the snapshot of the week before. */
    @Transactional
    public Slipping lists(CohortInfo cohort, Instant now) {
        WarningSettings.Rules rules = settings.rules(cohort.id());
        Map<String, List<Long>> lastWeek = queries.snapshot(cohort.id(), week(now.minus(Duration.ofDays(7))))
                .map(this::read).orElse(null);
        return new Slipping(cohort, rules, week(now), lastWeek != null,
                list("inactive", rules.inactive(), () -> queries.inactive(cohort.id(),
                        now.minus(Duration.ofDays(rules.inactiveDays()))), lastWeek),
                list("missed", rules.missedSession(), () -> queries.missed(cohort.id(), now), lastWeek),
                list("overdue", rules.overdue(), () -> queries.overdue(cohort.id(), now), lastWeek),
                list("offPace", rules.offPace(), () -> offPace(cohort, now), lastWeek));
    }

    @Transactional
    public Slipping lists(long cohortId, Instant now) {
        return lists(queries.cohort(cohortId).orElseThrow(), now);
    }

    /** Cohorts with members and courses that did not end before {@code since}. */
    @Transactional
    List<CohortInfo> running(java.time.LocalDate since) {
        return queries.running(since);
    }

    @Transactional
    List<Long> coordinators(CohortInfo cohort) {
        return queries.coordinators(cohort);
    }

    /** Members with no activity in the cohort's courses for {@code days} days, as the inactive list has them. */
    @Transactional
    List<Slipping.Inactive> inactive(long cohortId, int days, Instant now) {
        return queries.inactive(cohortId, now.minus(Duration.ofDays(days)));
    }

    /** Keeps who is on each list this week (unless kept already), for next week's "change since last week". */
    @Transactional
    void keepSnapshot(Slipping slipping) {
        Map<String, List<Long>> lists = new TreeMap<>();
        // Only the lists that are kept: one turned on this week is not "new" for everyone on it.
        Map.of("inactive", slipping.inactive(), "missed", slipping.missed(), "overdue", slipping.overdue(),
                "offPace", slipping.offPace()).forEach((name, list) -> {
                    if (list.on()) {
                        lists.put(name, ids(list));
                    }
                });
        try {
            queries.keepSnapshot(slipping.cohort().id(), slipping.week(), json.writeValueAsString(lists));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T extends Row> WarningList<T> list(String name, boolean on, java.util.function.Supplier<List<T>> rows,
            Map<String, List<Long>> lastWeek) {
        if (!on) {
            return new WarningList<>(false, List.of(), 0, null, Set.of());
        }
        List<T> found = rows.get();
        Set<Long> learners = new LinkedHashSet<>();
        found.forEach(row -> learners.add(row.learner().userId()));
        if (lastWeek == null || !lastWeek.containsKey(name)) {
            return new WarningList<>(true, found, learners.size(), null, Set.of());
        }
        List<Long> before = lastWeek.get(name);
        Set<Long> added = new LinkedHashSet<>(learners);
        before.forEach(added::remove);
        return new WarningList<>(true, found, learners.size(), before.size(), added);
    }

    private List<OffPace> offPace(CohortInfo cohort, Instant now) {
        if (cohort.endsOn() == null) {
            return List.of();
        }
        Instant end = cohort.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
        if (!now.isBefore(end)) {
            return List.of();
        }
        Instant cohortStart = cohort.startsOn() == null ? null : cohort.startsOn().atStartOfDay(zone).toInstant();
        List<OffPace> rows = new ArrayList<>();
        for (WarningQueries.Progress p : queries.progress(cohort.id())) {
            if (p.complete()) {
                continue;
            }
            Instant started = cohortStart != null && cohortStart.isAfter(p.joined()) ? cohortStart : p.joined();
            double days = Duration.between(started, now).toSeconds() / 86_400.0;
            if (days < PACE_GRACE_DAYS) {
                continue;
            }
            // No progress row yet (required unknown, 0) is nothing done.
            double share = p.required() <= 0 ? 0 : Math.min(1.0, (double) p.done() / p.required());
            int percent = (int) (share * 100);
            if (share <= 0) {
                rows.add(new OffPace(p.learner(), p.courseId(), p.course(), 0, null));
                continue;
            }
            double daysToFinish = (1 - share) * days / share;
            Instant finish = now.plusSeconds((long) Math.ceil(daysToFinish * 86_400));
            if (finish.isAfter(end)) {
                rows.add(new OffPace(p.learner(), p.courseId(), p.course(), percent, finish.atZone(zone).toLocalDate()));
            }
        }
        return rows;
    }

    private static List<Long> ids(WarningList<?> list) {
        return list.rows().stream().map(row -> row.learner().userId()).distinct().sorted().toList();
    }

    private Map<String, List<Long>> read(String text) {
        try {
            return json.readValue(text, LISTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("warning_week holds no lists: " + e.getMessage(), e);
        }
    }
}
