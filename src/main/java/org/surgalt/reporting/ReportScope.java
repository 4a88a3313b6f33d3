package org.surgalt.reporting;

/**
 * Where in a cohort a report looks: the whole cohort, one aimag, one soum of an aimag, or one
 * school (institution id; {@link #NO_SCHOOL} for members with no school recorded), and
 * optionally one course of the cohort. Soum names repeat across aimags, so a soum goes with its aimag.
 * Or one team of the cohort (issue 22, {@code teamId}): its members, listed as a school's teachers are.
 */
public record ReportScope(String aimag, String soum, Long schoolId, Long courseId, Long teamId) {

    public static final long NO_SCHOOL = 0;

    /** What the rows of the current level are. */
    public enum Level {
        COHORT, AIMAG, SOUM, SCHOOL
    }

    public ReportScope {
        aimag = teamId != null ? null : blankToNull(aimag);
        soum = aimag == null ? null : blankToNull(soum);
        schoolId = teamId != null ? null : schoolId;
    }

    public ReportScope(String aimag, String soum, Long schoolId, Long courseId) {
        this(aimag, soum, schoolId, courseId, null);
    }

    public static ReportScope whole() {
        return new ReportScope(null, null, null, null);
    }

    /**
     * The level whose rows a page shows: COHORT shows aimags, AIMAG its soums, SOUM its schools,
     * SCHOOL its teachers.
     */
    public Level level() {
        if (schoolId != null || teamId != null) {
            return Level.SCHOOL;
        }
        if (soum != null) {
            return Level.SOUM;
        }
        return aimag != null ? Level.AIMAG : Level.COHORT;
    }

    public ReportScope withCourse(Long course) {
        return new ReportScope(aimag, soum, schoolId, course, teamId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
