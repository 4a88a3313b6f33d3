package org.surgalt.reporting.warning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class WarningSettingsRepository implements PanacheRepositoryBase<WarningSettings, Long> {
}
