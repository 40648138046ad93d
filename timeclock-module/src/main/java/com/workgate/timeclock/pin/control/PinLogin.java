package com.workgate.timeclock.pin.control;

import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.throttle.control.FailedAttempts;
import com.workgate.auth.throttle.control.Throttled;
import com.workgate.auth.user.control.UserDirectory;
import com.workgate.auth.user.entity.User;
import com.workgate.timeclock.common.control.FieldError;
import com.workgate.timeclock.common.control.FieldValidationException;
import com.workgate.timeclock.pin.control.PinFormat.PinParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /api/key}: a PIN (user id + 3 digits, stored as bcrypt) gives back the person's TimeClock key.
 * A three-digit suffix is easy to guess, so wrong PINs are throttled per person: the 6th in a minute is a 429.
 */
@ApplicationScoped
public class PinLogin {

    public static final String INVALID = "Invalid PIN.";

    public record KeyAnswer(long userId, String apiKey) {
    }

    @Inject
    UserDirectory users;

    @Inject
    SecretCipher cipher;

    @Inject
    FailedAttempts failedAttempts;

    @Inject
    @ConfigProperty(name = "workgate.timeclock.pin.max-failures", defaultValue = "5")
    int maxFailures;

    /** The person the PIN names. @throws FieldValidationException 422 for a malformed or wrong PIN */
    public User verify(String pin) throws Throttled {
        PinFormat.validate(pin).ifPresent(error -> {
            throw new FieldValidationException(error);
        });
        Optional<PinParts> parts = PinFormat.split(pin);
        if (parts.isEmpty()) {
            throw invalid();
        }
        String subject = "pin:" + parts.get().userId();
        boolean failuresOnRecord = failedAttempts.ensureNotBlocked(subject);
        Optional<User> user = users.findActiveAnywhere(parts.get().userId());
        if (user.isEmpty() || !UserDirectory.pinMatches(user.get(), pin.trim())) {
            failedAttempts.recordFailure(subject, maxFailures);
            throw invalid();
        }
        if (failuresOnRecord) {
            failedAttempts.recordSuccess(subject);
        }
        return user.get();
    }

    public KeyAnswer keyOf(User user) {
        String key = user.getEncryptedTimeClockKey() == null ? null : cipher.decrypt(user.getEncryptedTimeClockKey());
        return new KeyAnswer(user.getId(), key);
    }

    private static FieldValidationException invalid() {
        return new FieldValidationException(new FieldError(PinFormat.FIELD, INVALID));
    }
}
