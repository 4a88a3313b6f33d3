package org.surgalt.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The addresses of a cohort report's pages and exports: the drill-down keeps the chosen course and
 * inactivity days, and an export carries the page's place (or team) so that it has the page's numbers.
 */
public record ReportLinks(String cohortCode, String courseCode, int inactiveDays, Long teamId) {

    public ReportLinks(String cohortCode, String courseCode, int inactiveDays) {
        this(cohortCode, courseCode, inactiveDays, null);
    }

    public String page() {
        return "/reports/cohorts/" + encode(cohortCode);
    }

    public String aimag(String aimag) {
        return page() + query(place(aimag, null, null));
    }

    public String soum(String aimag, String soum) {
        return page() + query(place(aimag, soum, null));
    }

    public String school(Long schoolId) {
        return page() + query(place(null, null, schoolId == null ? ReportScope.NO_SCHOOL : schoolId));
    }

    public String at(ReportScope scope) {
        return page() + query(place(scope.aimag(), scope.soum(), scope.schoolId()));
    }

    /** {@code table}: level, funnel, inactive or not-attended; null for all tables (XLSX). */
    public String export(ReportScope scope, String format, String table) {
        Map<String, String> parameters = place(scope.aimag(), scope.soum(), scope.schoolId());
        // A team's page exports the team's rows; its links back (the trail) are to the whole cohort's.
        if (teamId != null) {
            parameters.put("team", Long.toString(teamId));
        }
        if (table != null) {
            parameters.put("table", table);
        }
        return page() + "/export." + format + query(parameters);
    }

    /** The "why not complete" page of a learner in a course (the progress feature's). */
    public static String why(String courseCode, long userId) {
        return "/progress/courses/" + encode(courseCode) + "/learners/" + userId;
    }

    private Map<String, String> place(String aimag, String soum, Long schoolId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (schoolId != null) {
            parameters.put("school", Long.toString(schoolId));
        } else if (aimag != null) {
            parameters.put("aimag", aimag);
            if (soum != null) {
                parameters.put("soum", soum);
            }
        }
        if (courseCode != null) {
            parameters.put("course", courseCode);
        }
        if (inactiveDays != ReportService.DEFAULT_INACTIVE_DAYS) {
            parameters.put("inactiveDays", Integer.toString(inactiveDays));
        }
        return parameters;
    }

    private static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        parameters.forEach((name, value) -> query.add(name + "=" + encode(value)));
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
