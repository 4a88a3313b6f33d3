package org.surgalt.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.OidcTenantConfig;
import org.junit.jupiter.api.Test;

/**
 * The OIDC session cookie must be readable by every instance: its key comes from the shared
 * session key, also for a public client, for which Quarkus would otherwise make a random key per
 * instance.
 */
class SsoTenantResolverTest {

    private static final String SESSION_KEY = "the-session-key-every-instance-has-0123456789";

    private static SsoProvider publicClient(String code) {
        return new SsoProvider(code, null, new SsoProvider.Settings("School", "https://sso.example.mn/realms/school",
                "surgalt", null, null, null, null, true));
    }

    @Test
    void aPublicClientsSessionCookieKeyIsTheSameOnEveryInstance() {
        OidcTenantConfig onOne = SsoTenantResolver.config(publicClient("school"), SESSION_KEY);
        OidcTenantConfig onAnother = SsoTenantResolver.config(publicClient("school"), SESSION_KEY);

        String secret = onOne.tokenStateManager().encryptionSecret().orElseThrow();
        assertEquals(secret, onAnother.tokenStateManager().encryptionSecret().orElseThrow());
        assertTrue(secret.length() >= 32, "Quarkus wants at least 32 characters");
        assertTrue(onOne.tokenStateManager().encryptionRequired());
    }

    @Test
    void everyProviderAndEverySessionKeyGivesAnotherSecret() {
        String school = SsoTenantResolver.tokenStateSecret(SESSION_KEY, "school-v0");
        assertNotEquals(school, SsoTenantResolver.tokenStateSecret(SESSION_KEY, "university-v0"));
        assertNotEquals(school, SsoTenantResolver.tokenStateSecret("another-deployment-key-0123456789", "school-v0"));
    }
}
