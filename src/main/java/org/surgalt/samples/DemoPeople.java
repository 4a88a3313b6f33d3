package org.surgalt.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;

/** Reads demo.yaml: demo institutions, people and their enrolments. */
final class DemoPeople {

    static final String FILE = "demo.yaml";

    record DemoInstitution(String code, String name, InstitutionKind kind, String aimag, String soum) {
    }

    record DemoPerson(String email, String name, String locale, String institution, List<String> enrol,
            String password, List<Role> roles, Map<String, List<Role>> courseRoles) {
    }

    /** The roles a person may hold in one course (an invited reviewer is invited from a draft page). */
    private static final Set<Role> COURSE_ROLES = Set.of(Role.AUTHOR, Role.GRADER, Role.REVIEWER);

    /** A cohort run by a demo coordinator (its creator), with courses and members by code and email. */
    record DemoCohort(String code, String name, String description, String startsOn, String endsOn,
            String coordinator, List<String> courses, List<String> members) {
    }

    record Demo(List<DemoInstitution> institutions, List<DemoPerson> people, List<DemoCohort> cohorts) {
    }

    private DemoPeople() {
    }

    static Demo read(Path file, String displayName) throws SampleFormatException {
        YamlDocument.Loaded loaded = YamlDocument.load(file, displayName);
        YamlDocument doc = loaded.document();
        List<DemoInstitution> institutions = new ArrayList<>();
        List<?> institutionList = doc.list(loaded.root(), "institutions", "", false);
        for (int i = 0; i < institutionList.size(); i++) {
            String path = "institutions[" + i + "].";
            Map<?, ?> entry = doc.mapping(institutionList.get(i), "institutions[" + i + "]");
            if (entry == null) {
                continue;
            }
            String kind = doc.oneOf(entry, "kind", path, Set.of("school", "university", "ministry"));
            institutions.add(new DemoInstitution(doc.string(entry, "code", path, true),
                    doc.string(entry, "name", path, true),
                    kind == null ? null : InstitutionKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                    doc.string(entry, "aimag", path, true), doc.string(entry, "soum", path, true)));
        }
        List<DemoPerson> people = new ArrayList<>();
        List<?> peopleList = doc.list(loaded.root(), "people", "", false);
        for (int i = 0; i < peopleList.size(); i++) {
            String path = "people[" + i + "].";
            Map<?, ?> entry = doc.mapping(peopleList.get(i), "people[" + i + "]");
            if (entry == null) {
                continue;
            }
            String email = doc.string(entry, "email", path, true);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                doc.problem(path + "email", "'" + email + "' is not an email address");
            }
            List<String> enrol = new ArrayList<>();
            List<?> courses = doc.list(entry, "enrol", path, false);
            for (int c = 0; c < courses.size(); c++) {
                if (courses.get(c) instanceof String code) {
                    enrol.add(code);
                } else {
                    doc.problem(path + "enrol[" + c + "]", "must be a course code");
                }
            }
            List<Role> roles = new ArrayList<>();
            List<?> roleNames = doc.list(entry, "roles", path, false);
            for (int r = 0; r < roleNames.size(); r++) {
                Object name = roleNames.get(r);
                Role role = role(name);
                if (role == null) {
                    doc.problem(path + "roles[" + r + "]", "must be one of admin, institution-admin, coordinator,"
                            + " author, grader, not '" + name + "'");
                } else {
                    roles.add(role);
                }
            }
            Map<String, List<Role>> courseRoles = courseRoles(doc, entry, path);
            String password = doc.string(entry, "password", path, false);
            if (password != null && org.surgalt.identity.local.PasswordHasher.weakness(password) != null) {
                doc.problem(path + "password", org.surgalt.identity.local.PasswordHasher.weakness(password));
            }
            people.add(new DemoPerson(email, doc.string(entry, "name", path, true),
                    doc.oneOf(entry, "locale", path, Set.of("en", "mn")), doc.string(entry, "institution", path, false),
                    enrol, password, roles, courseRoles));
        }
        List<DemoCohort> cohorts = new ArrayList<>();
        List<?> cohortList = doc.list(loaded.root(), "cohorts", "", false);
        for (int i = 0; i < cohortList.size(); i++) {
            String path = "cohorts[" + i + "].";
            Map<?, ?> entry = doc.mapping(cohortList.get(i), "cohorts[" + i + "]");
            if (entry != null) {
                cohorts.add(new DemoCohort(doc.string(entry, "code", path, true), doc.string(entry, "name", path, true),
                        doc.string(entry, "description", path, false), doc.string(entry, "starts", path, false),
                        doc.string(entry, "ends", path, false), doc.string(entry, "coordinator", path, true),
                        texts(doc, entry, "courses", path), texts(doc, entry, "members", path)));
            }
        }
        doc.throwIfProblems();
        return new Demo(institutions, people, cohorts);
    }

    /** {@code course-roles: {course-code: [author, grader]}}: roles in one course each. */
    private static Map<String, List<Role>> courseRoles(YamlDocument doc, Map<?, ?> entry, String path) {
        Map<String, List<Role>> courseRoles = new java.util.LinkedHashMap<>();
        Object value = entry.get("course-roles");
        Map<?, ?> byCourse = value == null ? null : doc.mapping(value, path + "course-roles");
        if (byCourse == null) {
            return courseRoles;
        }
        for (Map.Entry<?, ?> course : byCourse.entrySet()) {
            String coursePath = path + "course-roles." + course.getKey();
            List<?> names = course.getValue() instanceof List<?> list ? list : List.of();
            if (names.isEmpty()) {
                doc.problem(coursePath, "must be a list of roles: author, grader, reviewer");
            }
            List<Role> inCourse = new ArrayList<>();
            for (int r = 0; r < names.size(); r++) {
                Role role = role(names.get(r));
                if (role == null || !COURSE_ROLES.contains(role)) {
                    doc.problem(coursePath + "[" + r + "]", "must be one of author, grader, reviewer, not '"
                            + names.get(r) + "'");
                } else {
                    inCourse.add(role);
                }
            }
            courseRoles.put(String.valueOf(course.getKey()), inCourse);
        }
        return courseRoles;
    }

    private static Role role(Object name) {
        return java.util.Arrays.stream(Role.values()).filter(candidate -> candidate.id().equals(name)).findFirst()
                .orElse(null);
    }

    private static List<String> texts(YamlDocument doc, Map<?, ?> entry, String key, String path) {
        List<String> texts = new ArrayList<>();
        List<?> values = doc.list(entry, key, path, false);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof String text) {
                texts.add(text);
            } else {
                doc.problem(path + key + "[" + i + "]", "must be text");
            }
        }
        return texts;
    }
}
