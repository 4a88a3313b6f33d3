package org.surgalt.lti;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class PlatformKeyRepository implements PanacheRepository<PlatformKey> {

    /** Newest first. */
    List<PlatformKey> newest(int count) {
        return findAll(Sort.descending("generation")).page(0, count).list();
    }
}
