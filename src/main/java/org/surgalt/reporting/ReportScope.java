package org.surgalt.reporting;

/**
 * Where in a cohort a report looks: the whole cohort, one aimag, one soum of an aimag, or one
 * school (institution id; {@link #NO_SCHOOL} for members with no school recorded), and
 * optionally one course of the cohort. Soum names repeat across aimags, so a soum goes with its aimag.
 */
public record ReportScope(String aimag, String soum, Long schoolId, Long courseId) {

    public static final long NO_SCHOOL = 0;

    /** What the rows of the current level are. */
    public enum Level {
        COHORT, AIMAG, SOUM, SCHOOL
    }

    public ReportScope {
        aimag = blankToNull(aimag);
        soum = aimag == null ? null : blankToNull(soum);
    }

    public static ReportScope whole() {
        return new ReportScope(null, null, null, null);
    }

    /**
     * The level whose rows a page shows: COHORT shows aimags, AIMAG its soums, SOUM its schools,
     * SCHOOL its teachers.
     */
    public Level level() {
        if (schoolId != null) {
            return Level.SCHOOL;
        }
        if (soum != null) {
            return Level.SOUM;
        }
        return aimag != null ? Level.AIMAG : Level.COHORT;
    }

    public ReportScope withCourse(Long course) {
        return new ReportScope(aimag, soum, schoolId, course);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
