package org.surgalt.xapi.client;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class XapiClientRepository implements PanacheRepository<XapiClient> {
}
