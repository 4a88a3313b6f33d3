package org.surgalt.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.surgalt.contentorigin.LaunchClaims;
import org.surgalt.contentorigin.LaunchTokenVerifier;
import org.surgalt.xapi.LaunchCredentials;
import org.surgalt.xapi.LaunchScope;

/**
 * The fetch URL (cmi5 8.2): a one-time address that gives the AU its auth-token, the LRS
 * credentials of its session. The first POST gets {"auth-token": …}; any later one, or one for a
 * session that has ended, gets error-code 1, and a token that is not ours error-code 2 (8.2.3),
 * always with status 200 as the spec wants.
 */
@ApplicationScoped
class FetchService {

    private final LaunchTokenVerifier verifier;
    private final LaunchCredentials credentials;
    private final Cmi5Store store;
    private final LmsStatements lms;

    FetchService(LaunchTokenVerifier verifier, LaunchCredentials credentials, Cmi5Store store, LmsStatements lms) {
        this.verifier = verifier;
        this.credentials = credentials;
        this.store = store;
        this.lms = lms;
    }

    @Transactional
    Map<String, String> fetch(String token) {
        Optional<LaunchClaims> claims = verifier.verify(token, LaunchClaims.OPEN, Cmi5LaunchService.KIND);
        if (claims.isEmpty()) {
            return Map.of("error-code", "2", "error-text", "The fetch URL is not valid.");
        }
        Optional<Cmi5Store.Cmi5Session> session = store.session(claims.get().recordId(), true)
                .filter(s -> s.userId() == claims.get().userId() && s.itemId() == claims.get().itemId());
        Optional<Cmi5Store.AuItem> au = session.flatMap(s -> store.au(s.itemId()));
        if (session.isEmpty() || au.isEmpty()) {
            return Map.of("error-code", "2", "error-text", "The fetch URL is not valid.");
        }
        if (!store.fetch(session.get().id())) {
            return Map.of("error-code", "1", "error-text",
                    "The authorization token has already been returned, or the AU session has ended.");
        }
        LaunchClaims c = claims.get();
        return Map.of("auth-token", credentials.issue(new LaunchScope(Cmi5LaunchService.KIND, c.userId(), c.courseId(),
                c.itemId(), c.courseVersion(), session.get().id(), session.get().registration(),
                lms.auId(au.get().cmi5CourseId(), au.get().auIndex()))));
    }
}
