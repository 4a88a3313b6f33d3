package org.surgalt.cohort.session;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.surgalt.identity.local.LoginThrottle;
import org.surgalt.identity.local.LoginThrottleRepository;
import org.surgalt.platform.DomainException;
import org.surgalt.web.ErrorMapper;

/**
 * Wrong check-in codes, throttled so that guessing a code is impractical. It is the sign-in
 * throttle's rule and table (rows locked, so it holds across instances), in scopes of its own.
 *
 * <p>A code is six digits and two are accepted at a time (this window's and the last, see
 * {@link CheckinCode}), so one guess is right with probability 2 in 1,000,000. Check-in is open
 * from 15 minutes before a session until it ends.
 * <ul>
 * <li>Per person and session: {@value #PERSON_FREE} wrong codes free (fingers slip), then pauses
 * of 30 s, 1, 2, 4, 8 min, then 10 min each. Over a twelve-hour check-in time that is at most
 * about 80 guesses: a chance of about 1 in 6,000 of guessing right.</li>
 * <li>Per client address (a whole school may sit behind one router): {@value #ADDRESS_FREE}
 * wrong codes free, then pauses from 10 s doubling to 5 min, forgotten after an hour without a
 * wrong code. Someone with many accounts behind one address gets at most about 50 guesses an
 * hour through it, under 1 in 800 over twelve hours, and each account is held to its own limit.</li>
 * </ul>
 * While paused, every code (the right one too) is refused without being looked at. A right code
 * clears the person's count; the address's count is only forgotten with time, so one learner's
 * success does not reset a guesser's allowance behind the same router.
 */
@ApplicationScoped
public class CheckinThrottle {

    static final int PERSON_FREE = 3;
    static final Duration PERSON_FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration PERSON_MAX_PAUSE = Duration.ofMinutes(10);
    static final Duration PERSON_FORGET_AFTER = Duration.ofHours(24);
    static final int ADDRESS_FREE = 50;
    static final Duration ADDRESS_FIRST_PAUSE = Duration.ofSeconds(10);
    static final Duration ADDRESS_MAX_PAUSE = Duration.ofMinutes(5);
    static final Duration ADDRESS_FORGET_AFTER = Duration.ofHours(1);

    private final LoginThrottleRepository throttles;

    CheckinThrottle(LoginThrottleRepository throttles) {
        this.throttles = throttles;
    }

    /** The address a request came from, as the sign-in throttle takes it. */
    public static String address(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** Refuses (429 with Retry-After) while the person's tries at this session, or the address's, are paused. */
    void requireNotPaused(long userId, long sessionId, String address, Instant now) {
        Instant until = latest(throttles.locked(LoginThrottle.Scope.CHECKIN_PERSON, personKey(userId, sessionId), now),
                throttles.find(LoginThrottle.Scope.CHECKIN_ADDRESS, address), now);
        if (until != null) {
            Duration wait = Duration.between(now, until);
            throw DomainException.tooManyRequests("Too many wrong codes. Wait " + ErrorMapper.retryAfterSeconds(wait)
                    + " seconds, then type the code on the facilitator's screen.", wait);
        }
    }

    void wrongCode(long userId, long sessionId, String address, Instant now) {
        throttles.locked(LoginThrottle.Scope.CHECKIN_PERSON, personKey(userId, sessionId), now)
                .recordFailure(now, PERSON_FREE, PERSON_FIRST_PAUSE, PERSON_MAX_PAUSE, PERSON_FORGET_AFTER);
        throttles.locked(LoginThrottle.Scope.CHECKIN_ADDRESS, address, now)
                .recordFailure(now, ADDRESS_FREE, ADDRESS_FIRST_PAUSE, ADDRESS_MAX_PAUSE, ADDRESS_FORGET_AFTER);
    }

    void checkedIn(long userId, long sessionId) {
        throttles.find(LoginThrottle.Scope.CHECKIN_PERSON, personKey(userId, sessionId)).ifPresent(throttles::delete);
    }

    private static Instant latest(LoginThrottle person, Optional<LoginThrottle> address, Instant now) {
        Instant until = person.blockedAt(now) ? person.blockedUntil() : null;
        if (address.isPresent() && address.get().blockedAt(now)
                && (until == null || address.get().blockedUntil().isAfter(until))) {
            until = address.get().blockedUntil();
        }
        return until;
    }

    private static String personKey(long userId, long sessionId) {
        return userId + "@" + sessionId;
    }
}
