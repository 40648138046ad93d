package com.workgate.auth.token.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issuer, audience and lifetime of the tokens this server mints and accepts. Each is read from Workgate's own
 * property, else from the standard name SmallRye JWT gives it for tokens it builds ({@code smallrye.jwt.new-token.*}),
 * else, for issuer and audience, from the MicroProfile JWT name a verifier uses ({@code mp.jwt.verify.issuer},
 * the first of {@code mp.jwt.verify.audiences}): Workgate verifies the tokens it signs, so one value serves both.
 */
@ApplicationScoped
public class TokenSettings {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "workgate.auth.window-seconds", defaultValue = "300")
    long authWindowSeconds;

    String issuer = "workgate";
    String audience = "workgate";
    long lifetimeSeconds = 3600;

    @PostConstruct
    void read() {
        issuer = first("workgate.token.issuer", "smallrye.jwt.new-token.issuer", "mp.jwt.verify.issuer").orElse(issuer);
        audience = first("workgate.token.audience", "smallrye.jwt.new-token.audience", "mp.jwt.verify.audiences")
                .map(list -> list.split(",")[0].trim()).orElse(audience);
        lifetimeSeconds = first("workgate.token.lifetime-seconds", "smallrye.jwt.new-token.lifespan")
                .map(Long::parseLong).orElse(lifetimeSeconds);
    }

    private Optional<String> first(String... names) {
        for (String name : names) {
            Optional<String> value = config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

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
