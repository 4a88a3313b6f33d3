package org.surgalt.cartridge;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class CartridgeImportRepository implements PanacheRepository<CartridgeImport> {

    /** The latest import that made this course, when one did. */
    Optional<CartridgeImport> latestOf(long courseId) {
        return find("courseId = ?1 order by createdAt desc, id desc", courseId).firstResultOptional();
    }
}
