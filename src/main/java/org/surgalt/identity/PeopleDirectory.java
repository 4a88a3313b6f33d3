package org.surgalt.identity;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.platform.DomainException;

/**
 * Finding people: by the start of their name or email, within an institution, a page at a time.
 * Both columns are indexed (V001, V030), so a search at national scale (~50,000 people) reads only
 * the rows it shows; a word in the middle of a name is not found (that would read every row).
 * Site admins search everyone; an institution's admins and coordinators search its people.
 */
@ApplicationScoped
public class PeopleDirectory {

    public static final int PAGE_SIZE = 25;

    public record Found(List<User> people, long total, int page, int pages) {
    }

    private final UserRepository users;
    private final InstitutionRepository institutions;
    private final UserAccess access;

    PeopleDirectory(UserRepository users, InstitutionRepository institutions, UserAccess access) {
        this.users = users;
        this.institutions = institutions;
        this.access = access;
    }

    /** @param institutionCode blank for every institution the viewer may search */
    @Transactional
    public Found search(Viewer viewer, String text, String institutionCode, int page) {
        List<Long> allowed = searchable(viewer);
        StringBuilder query = new StringBuilder("from User u where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        String wanted = text == null ? "" : text.strip();
        if (!wanted.isEmpty()) {
            parameters.add(escape(wanted) + "%");
            query.append(" and (u.displayName like ?1 escape '!' or u.email like ?1 escape '!')");
        }
        if (institutionCode != null && !institutionCode.isBlank()) {
            Institution institution = institutions.findByCode(institutionCode.strip()).orElseThrow(
                    () -> DomainException.invalid("institution", "There is no institution with this code."));
            if (allowed != null && !allowed.contains(institution.id())) {
                throw DomainException.forbidden("Only admins and coordinators see the people of an institution.");
            }
            allowed = List.of(institution.id());
        }
        if (allowed != null) {
            parameters.add(allowed);
            query.append(" and u.institution.id in ?").append(parameters.size());
        }
        var found = users.find(query + " order by u.displayName, u.id", parameters.toArray());
        long total = found.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<User> people = found.page(Page.of(current - 1, PAGE_SIZE)).list();
        people.forEach(user -> {
            if (user.institution() != null) {
                user.institution().name();
            }
        });
        return new Found(people, total, current, pages);
    }

    /** The person, for someone who may see them ({@link UserAccess#maySee}). */
    @Transactional
    public User person(Viewer viewer, long userId) {
        User user = users.findByIdOptional(userId).orElseThrow(() -> DomainException.notFound("person", userId));
        access.requireMaySee(viewer, user);
        if (user.institution() != null) {
            user.institution().name();
        }
        return user;
    }

    /** Null: every institution (site admins); else the institutions whose people the viewer sees. */
    private static List<Long> searchable(Viewer viewer) {
        if (viewer.isAdmin()) {
            return null;
        }
        List<Long> institutions = viewer.grants().stream()
                .filter(g -> g.role() == Role.INSTITUTION_ADMIN || g.role() == Role.COORDINATOR)
                .filter(g -> g.scope() == RoleGrant.Scope.INSTITUTION)
                .map(Grant::scopeId).distinct().toList();
        if (institutions.isEmpty()) {
            throw DomainException.forbidden("Only admins and coordinators see the people of an institution.");
        }
        return institutions;
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
