package org.surgalt.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.xapi.LaunchScope;
import org.surgalt.xapi.LaunchValidity;

/**
 * An AU's credentials last as long as its session (cmi5 8.2.1, 9.3.8): once it has terminated, the
 * LRS no longer knows them, whatever the request, even a statement stored before and sent again.
 * An abandoned session's AU may still be running in a tab the learner left open: its requests are
 * refused with 403 by {@link SessionRules} and {@link DocumentRules} rather than with 401, whose
 * Basic challenge would make the learner's browser ask for a password.
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
        // Credentials are signed by us: one naming no session of ours has no session to end.
        return store.session(scope.recordId(), false).filter(s -> s.userId() == scope.userId())
                .map(s -> !"TERMINATED".equals(s.state())).orElse(true);
    }
}
