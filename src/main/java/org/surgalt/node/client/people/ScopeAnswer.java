package org.surgalt.node.client.people;

import java.util.List;

/** The national server's GET /api/node/scope answer, as the node reads it (deploy/NODE-PROTOCOL.md §3, §7). */
public record ScopeAnswer(Institution institution, List<Person> people, List<Cohort> cohorts) {

    public record Institution(long id, String code, String name, String kind, String aimag, String soum) {
    }

    public record Person(long id, String email, String name, String locale, List<Role> roles) {
        List<Role> rolesOrNone() {
            return roles == null ? List.of() : roles;
        }
    }

    /** scope: institution (target null), cohort (its code) or course (its code). */
    public record Role(String role, String scope, String target) {
    }

    public record Cohort(long id, String code, String name, List<String> courses, List<Long> members) {
        List<String> coursesOrNone() {
            return courses == null ? List.of() : courses;
        }

        List<Long> membersOrNone() {
            return members == null ? List.of() : members;
        }
    }

    List<Person> peopleOrNone() {
        return people == null ? List.of() : people;
    }

    List<Cohort> cohortsOrNone() {
        return cohorts == null ? List.of() : cohorts;
    }
}
