package com.workgate.timeclock.pin.control;

import com.workgate.auth.throttle.control.FailedAttempts;
import com.workgate.auth.throttle.control.Throttled;
import com.workgate.auth.user.control.People;
import com.workgate.auth.user.control.Person;
import com.workgate.auth.user.control.UserDirectory;
import com.workgate.auth.platform.control.ApiException.FieldError;
import com.workgate.timeclock.common.control.FieldValidationException;
import com.workgate.timeclock.pin.control.PinFormat.PinParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/key}: a PIN (user id + 3 digits, stored as bcrypt) gives back the person's TimeClock key.
 * A three-digit suffix is easy to guess, so wrong PINs are throttled per person: the 6th in a minute is a 429.
 */
@ApplicationScoped
public class PinLogin {

    public static final String INVALID = "Invalid PIN.";

    /** {@code apiKey} is null on a PIN login of someone who has no TimeClock key yet. */
    public record KeyAnswer(long userId, @Schema(nullable = true) String apiKey) {
    }

    @Inject
    People people;

    @Inject
    UserDirectory users;

    @Inject
    FailedAttempts failedAttempts;

    @Inject
    @ConfigProperty(name = "workgate.timeclock.pin.max-failures", defaultValue = "5")
    int maxFailures;

    /** The person the PIN names. @throws FieldValidationException 422 for a malformed or wrong PIN */
    public Person verify(String pin) throws Throttled {
        PinFormat.validate(pin).ifPresent(error -> {
            throw new FieldValidationException(error);
        });
        Optional<PinParts> parts = PinFormat.split(pin);
        if (parts.isEmpty()) {
            throw invalid();
        }
        String subject = "pin:" + parts.get().userId();
        boolean failuresOnRecord = failedAttempts.ensureNotBlocked(subject);
        Optional<Person> person = people.activeWithPin(parts.get().userId(), pin.trim());
        if (person.isEmpty()) {
            failedAttempts.recordFailure(subject, maxFailures);
            throw invalid();
        }
        if (failuresOnRecord) {
            failedAttempts.recordSuccess(subject);
        }
        return person.get();
    }

    /** The person's key, null until one is granted. */
    public KeyAnswer keyOf(Person person) {
        return new KeyAnswer(person.id(), users.timeClockKey(person.organizationId(), person.id()).orElse(null));
    }

    /** The person's key, created when they have none. */
    public KeyAnswer grantKey(Person person) {
        String key = users.timeClockKey(person.organizationId(), person.id())
                .orElseGet(() -> users.newTimeClockKey(person.organizationId(), person.id()));
        return new KeyAnswer(person.id(), key);
    }

    private static FieldValidationException invalid() {
        return new FieldValidationException(new FieldError(PinFormat.FIELD, INVALID));
    }
}
