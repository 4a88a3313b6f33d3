package org.surgalt.identity.local;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;

/** Argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane), from password4j. */
@ApplicationScoped
public class PasswordHasher {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    // Verified against when the account does not exist, so that both cases take as long.
    private static final String DUMMY = Password.hash("not-a-real-password").addRandomSalt(16).with(ARGON2).getResult();

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    public void spendTheSameTime(String password) {
        matches(password == null ? "" : password, DUMMY);
    }

    /** @return why the password is not acceptable, or null */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (password.isBlank()) {
            return "must not be only spaces";
        }
        return null;
    }
}
