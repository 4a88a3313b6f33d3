package org.surgalt.identity.place;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AddedSoumRepository implements PanacheRepository<AddedSoum> {
}
