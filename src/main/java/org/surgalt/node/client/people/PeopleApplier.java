package org.surgalt.node.client.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortCopyService;
import org.surgalt.course.CourseService;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.User;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.platform.DomainException;

/**
 * Writes the national scope on the node in one transaction, each copy linked as it is written
 * (NodeLinks USER, COHORT): people (national wins for name, email and language), their cohorts with
 * the members the scope lists, the cohorts' courses that exist on the node by now (the content step
 * brings the others; the next round attaches them), and the coordinator and grader roles. A person who
 * left the scope leaves the national cohorts on the node; their account and records stay.
 */
@ApplicationScoped
public class PeopleApplier {

    /** What a round changed, for the status line. */
    public record Applied(int people, int cohorts, int joined, int left, int coursesAttached) {
    }

    private final NodeLinks links;
    private final IdentityService identity;
    private final CohortCopyService cohorts;
    private final CourseService courses;
    private final AuditLog audit;

    PeopleApplier(NodeLinks links, IdentityService identity, CohortCopyService cohorts, CourseService courses,
            AuditLog audit) {
        this.links = links;
        this.identity = identity;
        this.cohorts = cohorts;
        this.courses = courses;
        this.audit = audit;
    }

    @Transactional
    public Applied apply(ScopeAnswer scope) {
        Institution school = school(scope.institution());
        Map<Long, Long> localByNational = new HashMap<>();
        for (ScopeAnswer.Person person : scope.peopleOrNone()) {
            Optional<Long> local = links.local(NodeLinks.Kind.USER, person.id());
            User user = local.flatMap(identity::findUser).orElse(null);
            if (user == null) {
                user = adoptOrCreate(person, school);
                if (user == null) {
                    continue;
                }
            } else {
                follow(user, person, school);
            }
            localByNational.put(person.id(), user.id());
        }
        int joined = 0;
        int left = 0;
        int attached = 0;
        Map<Long, Long> linkedCohorts = links.all(NodeLinks.Kind.COHORT);
        Set<Long> governed = links.all(NodeLinks.Kind.USER).keySet();
        Map<String, Long> cohortByCode = new HashMap<>();
        Set<Long> seenCohorts = new HashSet<>();
        for (ScopeAnswer.Cohort national : scope.cohortsOrNone()) {
            Cohort cohort = cohorts.copy(links.local(NodeLinks.Kind.COHORT, national.id()), national.code(),
                    national.name());
            if (linkedCohorts.containsKey(cohort.id()) && linkedCohorts.get(cohort.id()) != national.id()) {
                conflict("cohort", cohort.id(), "the cohort code " + national.code() + " is another national cohort's here");
                continue;
            }
            links.link(NodeLinks.Kind.COHORT, cohort.id(), national.id());
            seenCohorts.add(cohort.id());
            cohortByCode.put(national.code(), cohort.id());
            attached += cohorts.attachCourses(cohort.id(), courseIds(national.coursesOrNone()));
            Set<Long> keep = new HashSet<>();
            national.membersOrNone().stream().map(localByNational::get).filter(id -> id != null).forEach(keep::add);
            int[] change = cohorts.governMembers(cohort.id(), keep, governed);
            joined += change[0];
            left += change[1];
        }
        // A national cohort the scope no longer lists has none of the school's people any more.
        for (Long cohortId : linkedCohorts.keySet()) {
            if (!seenCohorts.contains(cohortId)) {
                left += cohorts.governMembers(cohortId, Set.of(), governed)[1];
            }
        }
        for (ScopeAnswer.Person person : scope.peopleOrNone()) {
            Long userId = localByNational.get(person.id());
            if (userId != null) {
                grant(userId, person.rolesOrNone(), school, cohortByCode);
            }
        }
        return new Applied(localByNational.size(), seenCohorts.size(), joined, left, attached);
    }

    /** The node's institution, as the national server names it (created on the first round). */
    private Institution school(ScopeAnswer.Institution institution) {
        InstitutionKind kind = java.util.Arrays.stream(InstitutionKind.values())
                .filter(k -> k.name().equals(institution.kind())).findFirst().orElse(InstitutionKind.SCHOOL);
        identity.createInstitutionIfAbsent(institution.code(), institution.name(), kind,
                institution.aimag() == null ? "" : institution.aimag(), institution.soum() == null ? "" : institution.soum());
        return identity.institutionsByCode(List.of(institution.code())).get(institution.code());
    }

    /** A node person with the same email and no national link yet is the same person; else a new one. */
    private User adoptOrCreate(ScopeAnswer.Person person, Institution school) {
        Optional<User> same = identity.findUserByEmail(person.email());
        if (same.isPresent()) {
            if (links.national(NodeLinks.Kind.USER, same.get().id()).isPresent()) {
                conflict("person", same.get().id(), "the email " + person.email()
                        + " belongs to another national person on this node");
                return null;
            }
            links.link(NodeLinks.Kind.USER, same.get().id(), person.id());
            follow(same.get(), person, school);
            return same.get();
        }
        User user = identity.createUser(person.email(), person.name(), locale(person.locale()), school);
        links.link(NodeLinks.Kind.USER, user.id(), person.id());
        return user;
    }

    /** National wins for the profile; an email another node person has is left as it was, and logged. */
    private void follow(User user, ScopeAnswer.Person person, Institution school) {
        String email = user.email();
        if (!email.equalsIgnoreCase(person.email().strip())) {
            Optional<User> holder = identity.findUserByEmail(person.email());
            if (holder.isPresent() && !holder.get().id().equals(user.id())) {
                conflict("person", user.id(), "the national email " + person.email() + " is another node person's");
            } else {
                email = person.email();
            }
        }
        if (!email.equals(user.email()) || !user.displayName().equals(person.name().strip())) {
            user.correct(email, person.name());
        }
        String locale = locale(person.locale());
        if (!user.locale().getLanguage().equals(locale)) {
            user.chooseLocale(locale);
        }
        if (user.institution() == null || !user.institution().id().equals(school.id())) {
            user.joinInstitution(school);
        }
    }

    private static String locale(String locale) {
        return locale != null && User.LOCALES.contains(locale.toLowerCase(Locale.ROOT))
                ? locale.toLowerCase(Locale.ROOT) : "mn";
    }

    private List<Long> courseIds(List<String> codes) {
        return codes.stream().map(this::course).flatMap(Optional::stream).toList();
    }

    private Optional<Long> course(String code) {
        try {
            return Optional.of(courses.courseByCode(code).id());
        } catch (DomainException notYet) {
            return Optional.empty();
        }
    }

    /** Coordinator and grader roles as the scope says; a role whose cohort or course is not here yet waits. */
    private void grant(long userId, List<ScopeAnswer.Role> roles, Institution school, Map<String, Long> cohortByCode) {
        for (ScopeAnswer.Role role : roles) {
            Role named;
            try {
                named = Role.valueOf(role.role());
            } catch (IllegalArgumentException | NullPointerException e) {
                continue;
            }
            Optional<Grant> grant = switch (role.scope() == null ? "" : role.scope()) {
                case "institution" -> Optional.of(Grant.institution(named, school.id()));
                case "cohort" -> Optional.ofNullable(cohortByCode.get(role.target()))
                        .map(id -> new Grant(named, RoleGrant.Scope.COHORT, id));
                case "course" -> course(role.target()).map(id -> Grant.course(named, id));
                default -> Optional.empty();
            };
            if ((named == Role.COORDINATOR || named == Role.GRADER) && grant.isPresent()) {
                identity.grant(userId, grant.get());
            }
        }
    }

    private void conflict(String type, long localId, String why) {
        audit.record(AuditLog.by((Long) null, "node_person.conflict").object(type, localId).detail(why));
    }
}
