package org.surgalt.assignment;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.platform.DomainException;

/**
 * The settings form as typed: dates in Ulaanbaatar time, and the rubric as a grid of numbered
 * fields (c0_title, c0_l1_points, ...) so that it works without script. Blank criteria and
 * levels are left out; a few blank ones are always offered for adding.
 */
public record SettingsForm(long version, String dueAt, String cutOffAt, boolean allowResubmission, String maxPoints,
        List<CriterionForm> criteria, boolean teamSubmission) {

    static final int BLANK_CRITERIA = 2;
    static final int LEVEL_SLOTS = 5;

    public record CriterionForm(int index, String title, String description, List<LevelForm> levels) {
    }

    public record LevelForm(int index, String title, String points) {
    }

    static SettingsForm of(Assignment settings) {
        List<CriterionForm> criteria = new ArrayList<>();
        for (RubricCriterion criterion : settings.rubric()) {
            List<LevelForm> levels = new ArrayList<>();
            for (RubricLevel level : criterion.levels()) {
                levels.add(new LevelForm(levels.size(), level.title(), Integer.toString(level.points())));
            }
            criteria.add(new CriterionForm(criteria.size(), criterion.title(),
                    criterion.description() == null ? "" : criterion.description(), levels));
        }
        return new SettingsForm(settings.version(), AssignmentTime.input(settings.dueAt()),
                AssignmentTime.input(settings.cutOffAt()), settings.allowResubmission(),
                Integer.toString(settings.maxPoints()), criteria, settings.teamSubmission()).withBlanks();
    }

    static SettingsForm of(MultivaluedMap<String, String> form) {
        List<CriterionForm> criteria = new ArrayList<>();
        for (int c = 0; form.containsKey("c" + c + "_title"); c++) {
            List<LevelForm> levels = new ArrayList<>();
            for (int l = 0; form.containsKey("c" + c + "_l" + l + "_title"); l++) {
                String title = value(form, "c" + c + "_l" + l + "_title");
                String points = value(form, "c" + c + "_l" + l + "_points");
                if (!title.isBlank() || !points.isBlank()) {
                    levels.add(new LevelForm(levels.size(), title, points));
                }
            }
            String title = value(form, "c" + c + "_title");
            String description = value(form, "c" + c + "_description");
            if (!title.isBlank() || !description.isBlank() || !levels.isEmpty()) {
                criteria.add(new CriterionForm(criteria.size(), title, description, levels));
            }
        }
        long version;
        try {
            version = Long.parseLong(value(form, "version").strip());
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new SettingsForm(version, value(form, "dueAt"), value(form, "cutOffAt"),
                form.containsKey("allowResubmission"), value(form, "maxPoints"), criteria,
                form.containsKey("teamSubmission"));
    }

    /** With blank criteria and level slots to add to. */
    SettingsForm withBlanks() {
        List<CriterionForm> padded = new ArrayList<>();
        for (CriterionForm criterion : criteria) {
            padded.add(new CriterionForm(criterion.index(), criterion.title(), criterion.description(),
                    padLevels(criterion.levels())));
        }
        for (int i = 0; i < BLANK_CRITERIA; i++) {
            padded.add(new CriterionForm(padded.size(), "", "", padLevels(List.of())));
        }
        return new SettingsForm(version, dueAt, cutOffAt, allowResubmission, maxPoints, padded, teamSubmission);
    }

    private static List<LevelForm> padLevels(List<LevelForm> levels) {
        List<LevelForm> padded = new ArrayList<>(levels);
        while (padded.size() < Math.max(LEVEL_SLOTS, levels.size() + 1)
                && padded.size() < RubricCriterion.MAX_LEVELS) {
            padded.add(new LevelForm(padded.size(), "", ""));
        }
        return padded;
    }

    AssignmentService.Change toChange() {
        List<Assignment.NewCriterion> rubric = new ArrayList<>();
        for (CriterionForm criterion : criteria) {
            List<Assignment.NewLevel> levels = new ArrayList<>();
            for (LevelForm level : criterion.levels()) {
                levels.add(new Assignment.NewLevel(level.title(),
                        number("rubric[" + criterion.index() + "].levels[" + level.index() + "].points",
                                level.points())));
            }
            rubric.add(new Assignment.NewCriterion(criterion.title(), criterion.description(), levels));
        }
        Integer points = maxPoints == null || maxPoints.isBlank() ? null : number("maxPoints", maxPoints);
        return new AssignmentService.Change(version, AssignmentTime.parseInput("dueAt", dueAt),
                AssignmentTime.parseInput("cutOffAt", cutOffAt), allowResubmission, points, rubric, teamSubmission);
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "must be a whole number");
        }
    }

    private static String value(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value;
    }
}
