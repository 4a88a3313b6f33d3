package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.surgalt.platform.DomainException;

@ApplicationScoped
public class IdentityService {

    private final InstitutionRepository institutions;
    private final UserRepository users;

    IdentityService(InstitutionRepository institutions, UserRepository users) {
        this.institutions = institutions;
        this.users = users;
    }

    /** @return the institution, or empty when one with that code exists already */
    @Transactional
    public Optional<Institution> createInstitutionIfAbsent(String code, String name, InstitutionKind kind,
            String aimag, String soum) {
        if (institutions.findByCode(code).isPresent()) {
            return Optional.empty();
        }
        Institution institution = new Institution(code, name, kind, aimag, soum);
        institutions.persist(institution);
        return Optional.of(institution);
    }

    /** @return the user, or empty when one with that email exists already */
    @Transactional
    public Optional<User> createUserIfAbsent(String email, String displayName, String locale, String institutionCode) {
        if (users.findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        Institution institution = null;
        if (institutionCode != null) {
            institution = institutions.findByCode(institutionCode)
                    .orElseThrow(() -> DomainException.invalid("institution", "'" + institutionCode + "' does not exist"));
        }
        User user = new User(email, displayName, locale, institution);
        users.persist(user);
        return Optional.of(user);
    }

    public Optional<User> findUserByEmail(String email) {
        return users.findByEmail(email);
    }
}
