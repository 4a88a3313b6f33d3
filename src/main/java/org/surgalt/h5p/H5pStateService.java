package org.surgalt.h5p;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.surgalt.contentorigin.LaunchClaims;
import org.surgalt.contentorigin.LaunchTokenSigner;
import org.surgalt.contentorigin.LaunchTokenVerifier;

/**
 * A save of the learner's H5P user data (the activity's current state, as H5P's getCurrentState
 * gives it), from the player on the content origin: while they work, and when the page is left
 * (sendBeacon, which cannot set an Authorization header: that is why the state is kept here and
 * not in the LRS's State API). Authenticated by the player's session token alone; saves carry
 * increasing numbers, and one not above the last stored (replayed, or overtaken) is acknowledged
 * and ignored, as SCORM commits are.
 */
@ApplicationScoped
public class H5pStateService {

    static final int MAX_BODY_CHARS = 2_000_000;

    private final LaunchTokenVerifier verifier;
    private final LaunchTokenSigner signer;
    private final H5pStore store;
    private final ObjectMapper json;

    H5pStateService(LaunchTokenVerifier verifier, LaunchTokenSigner signer, H5pStore store, ObjectMapper json) {
        this.verifier = verifier;
        this.signer = signer;
        this.store = store;
        this.json = json;
    }

    /** The HTTP status, whether this save was stored, why not, and a renewed token (null: keep yours). */
    public record Answer(int status, boolean stored, String message, String token) {
        static Answer refused(int status, String message) {
            return new Answer(status, false, message, null);
        }
    }

    @Transactional
    public Answer save(String body) {
        if (body == null || body.isEmpty() || body.length() > MAX_BODY_CHARS) {
            return Answer.refused(413, "The save is empty or larger than " + MAX_BODY_CHARS + " characters");
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JsonProcessingException e) {
            return Answer.refused(400, "The save is not JSON");
        }
        Optional<LaunchClaims> claims = verifier.verify(request.path("token").asText(null), LaunchClaims.SESSION,
                H5pLaunchService.KIND);
        if (claims.isEmpty()) {
            return Answer.refused(401, "The launch has expired or its token is not valid: reopen the item");
        }
        LaunchClaims launch = claims.get();
        H5pStore.UserData data = store.byId(launch.recordId(), true).orElse(null);
        if (data == null || data.userId() != launch.userId() || data.itemId() != launch.itemId()) {
            return Answer.refused(403, "This token does not open that activity");
        }
        JsonNode seq = request.path("seq");
        if (!seq.canConvertToLong() || seq.asLong() < 1) {
            return Answer.refused(400, "seq must be a positive whole number");
        }
        JsonNode state = request.path("state");
        if (!state.isTextual() && !state.isNull()) {
            return Answer.refused(400, "state must be the activity's state as JSON text, or null");
        }
        if (state.isTextual()) {
            try {
                json.readTree(state.asText());
            } catch (JsonProcessingException e) {
                return Answer.refused(400, "state is not JSON text");
            }
        }
        boolean stored = store.save(data.id(), seq.asLong(), state.isNull() ? null : state.asText());
        return new Answer(200, stored, stored ? null : "Already stored a later save", signer.renewed(launch));
    }
}
