package org.surgalt.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    /** Case-insensitive through the column's collation. */
    public Optional<User> findByEmail(String email) {
        return find("email", email.strip()).firstResultOptional();
    }
}
