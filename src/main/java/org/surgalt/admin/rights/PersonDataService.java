package org.surgalt.admin.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** The person whose data an admin exports or erases, checked against {@link PersonDataAccess}. */
@ApplicationScoped
public class PersonDataService {

    private final IdentityService identity;
    private final PersonDataAccess access;
    private final AuditLog audit;
    private final EntityManager em;

    PersonDataService(IdentityService identity, PersonDataAccess access, AuditLog audit, EntityManager em) {
        this.identity = identity;
        this.access = access;
        this.audit = audit;
        this.em = em;
    }

    /** What the data page shows of the person. */
    public record Person(long id, String email, String displayName, String institution, boolean erased) {
    }

    @Transactional
    public Person person(Viewer viewer, long userId) {
        User user = allowed(viewer, userId);
        return new Person(user.id(), user.email(), user.displayName(),
                user.institution() == null ? null : user.institution().name(), erased(userId));
    }

    /** Records that the export is handed out (before its first byte), and returns whose it is. */
    @Transactional
    public Person startExport(Viewer viewer, long userId) {
        Person person = person(viewer, userId);
        audit.record(AuditLog.by(viewer, "person.export").object("person", userId).person(userId)
                .after(Map.of("files", PersonExportFiles.FILES.size() + 1)));
        return person;
    }

    User allowed(Viewer viewer, long userId) {
        User user = identity.findUser(userId).orElseThrow(() -> DomainException.notFound("person", userId));
        access.requireMayHandle(viewer, user);
        return user;
    }

    boolean erased(long userId) {
        return em.createNativeQuery("SELECT erased_at FROM app_user WHERE id = ?1").setParameter(1, userId)
                .getSingleResult() != null;
    }
}
