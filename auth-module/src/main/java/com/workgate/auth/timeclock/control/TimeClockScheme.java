package com.workgate.auth.timeclock.control;

import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CredentialScheme;
import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.user.control.UserDirectory;
import com.workgate.auth.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The TimeClock API's {@code Bearer <userId>:<timestamp>:<sha1>} where a resource accepts it (the TimeClock API): no Bearer header is a 401,
 * anything wrong with one (format, stale time, unknown or inactive user, no key, bad checksum) the same 403.
 */
@ApplicationScoped
public class TimeClockScheme implements CredentialScheme {

    static final String INVALID = "Invalid token provided";

    @Inject
    UserDirectory users;

    @Inject
    SecretCipher cipher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "workgate.timeclock.window-seconds", defaultValue = "60")
    long windowSeconds;

    @Override
    public String name() {
        return "timeclock";
    }

    @Override
    public CredentialKind kind() {
        return CredentialKind.TIMECLOCK;
    }

    @Override
    public boolean presentIn(ContainerRequestContext request) {
        return TimeClockToken.isBearerScheme(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    @Override
    public Caller authenticate(ContainerRequestContext request) throws AuthenticationFailure {
        Optional<TimeClockToken> token = TimeClockToken.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty() || !token.get().isFresh(clock.instant(), Duration.ofSeconds(windowSeconds))) {
            throw forbidden();
        }
        User user = users.findActiveAnywhere(token.get().userId()).orElse(null);
        if (user == null || user.getEncryptedTimeClockKey() == null
                || !token.get().checksumMatches(cipher.decrypt(user.getEncryptedTimeClockKey()))) {
            throw forbidden();
        }
        return Caller.ofUser(user.getOrganization().getId(), user.getId());
    }

    @Override
    public AuthenticationFailure missingCredentials() {
        return new AuthenticationFailure(new ApiException(401, "Your request was made with invalid credentials.")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\""));
    }

    private static AuthenticationFailure forbidden() {
        return new AuthenticationFailure(ApiException.forbidden(INVALID));
    }
}
