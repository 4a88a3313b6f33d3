package org.surgalt.reporting.warning;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.surgalt.reporting.warning.Slipping.Row;
import org.surgalt.reporting.warning.Slipping.WarningList;
import org.surgalt.web.Formats;

/**
 * The lists in the reader's words, for the digest mail and the page alike: each list's title,
 * count, change since last week and first {@code limit} rows (the count is of all of them).
 */
public record SlippingView(String cohortName, String cohortCode, String week, boolean comparable,
        List<Section> sections) {

    /** {@code change}: the sentence about last week; {@code more}: "... and n more", or null. */
    public record Section(String id, String title, boolean on, int count, String countText, String change,
            List<Line> lines, String more) {
    }

    /** One row: who, where, what; {@code added}: not on the list last week. */
    public record Line(String name, String email, String school, String detail, boolean added) {
    }

    static SlippingView of(Slipping s, WarningMessages msg, Locale locale, ZoneId zone, int limit) {
        List<Section> sections = new ArrayList<>();
        sections.add(section("inactive", msg.warning_list_inactive(s.rules().inactiveDays()), s.inactive(), msg, limit,
                row -> row.lastActivity() == null ? msg.warning_row_inactive_never()
                        : msg.warning_row_inactive_since(Formats.date(row.lastActivity(), locale))));
        sections.add(section("missed", msg.warning_list_missed(), s.missed(), msg, limit,
                row -> msg.warning_row_missed(row.item().in(locale), Formats.when(row.endedAt(), locale, zone))));
        sections.add(section("overdue", msg.warning_list_overdue(), s.overdue(), msg, limit,
                row -> msg.warning_row_overdue(row.item().in(locale), Formats.when(row.dueAt(), locale, zone))));
        sections.add(section("off-pace", msg.warning_list_off_pace(), s.offPace(), msg, limit,
                row -> row.projected() == null ? msg.warning_row_off_pace_stalled(row.course().in(locale))
                        : msg.warning_row_off_pace(row.course().in(locale), row.percent(),
                                Formats.date(row.projected(), locale))));
        return new SlippingView(s.cohort().name(), s.cohort().code(), s.week(), s.comparable(), sections);
    }

    private static <T extends Row> Section section(String id, String title, WarningList<T> list, WarningMessages msg,
            int limit, Function<T, String> detail) {
        if (!list.on()) {
            return new Section(id, title, false, 0, msg.warning_list_off(), null, List.of(), null);
        }
        List<Line> lines = list.rows().stream().limit(limit).map(row -> new Line(row.learner().name(),
                row.learner().email(), row.learner().school(), detail.apply(row), list.isNew(row))).toList();
        String change = list.lastWeek() == null ? msg.warning_change_none()
                : msg.warning_change(list.lastWeek(), list.newCount());
        String more = list.rows().size() > limit ? msg.warning_more(list.rows().size() - limit) : null;
        return new Section(id, title, true, list.count(), msg.warning_count(list.count()), change, lines, more);
    }
}
