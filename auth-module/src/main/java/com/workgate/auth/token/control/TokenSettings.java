package com.workgate.auth.token.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issuer, audience and lifetime of the tokens this server mints. */
@ApplicationScoped
public class TokenSettings {

    @Inject
    @ConfigProperty(name = "workgate.token.issuer", defaultValue = "workgate")
    String issuer;

    @Inject
    @ConfigProperty(name = "workgate.token.audience", defaultValue = "workgate")
    String audience;

    @Inject
    @ConfigProperty(name = "workgate.token.lifetime-seconds", defaultValue = "3600")
    long lifetimeSeconds;

    @Inject
    @ConfigProperty(name = "workgate.auth.window-seconds", defaultValue = "300")
    long authWindowSeconds;

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public Duration lifetime() {
        return Duration.ofSeconds(lifetimeSeconds);
    }

    /**
     * How long after it was signed a token can still be valid: a {@code /v1/auth} token expires a lifetime after
     * its request's timestamp, which may be up to the window ahead of the clock.
     */
    public Duration longestLife() {
        return Duration.ofSeconds(lifetimeSeconds + authWindowSeconds);
    }
}
