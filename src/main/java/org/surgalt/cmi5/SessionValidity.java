package org.surgalt.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.xapi.LaunchScope;
import org.surgalt.xapi.LaunchValidity;

/**
 * An AU's credentials last as long as its session (cmi5 8.2.1): once it has terminated, or was
 * abandoned, the LRS no longer knows them, whatever the request (9.3.6, 9.3.8).
 */
@ApplicationScoped
class SessionValidity implements LaunchValidity {

    private final Cmi5Store store;

    SessionValidity(Cmi5Store store) {
        this.store = store;
    }

    @Override
    @Transactional
    public boolean stillValid(LaunchScope scope) {
        if (!Cmi5LaunchService.KIND.equals(scope.kind())) {
            return true;
        }
        return store.session(scope.recordId(), false).filter(s -> s.userId() == scope.userId())
                .map(s -> !s.ended()).orElse(false);
    }
}
