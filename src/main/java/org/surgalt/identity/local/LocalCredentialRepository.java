package org.surgalt.identity.local;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LocalCredentialRepository implements PanacheRepositoryBase<LocalCredential, Long> {
}
