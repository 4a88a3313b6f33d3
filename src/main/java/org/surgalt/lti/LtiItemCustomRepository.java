package org.surgalt.lti;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class LtiItemCustomRepository implements PanacheRepositoryBase<LtiItemCustom, Long> {
}
