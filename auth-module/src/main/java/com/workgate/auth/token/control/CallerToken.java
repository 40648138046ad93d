package com.workgate.auth.token.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer token of the current request, set by {@link BearerTokenScheme}, which resources inject as the
 * MicroProfile JWT {@code JsonWebToken}. A request without one (another scheme, a public route) sees a token
 * without claims, as MP-JWT's own implementation shows it. Workgate does not turn WildFly's MP-JWT mechanism on
 * (it refuses the TimeClock bearer), so this is the only {@code JsonWebToken} bean of the deployment.
 */
@RequestScoped
public class CallerToken {

    private TokenClaims token = TokenClaims.NONE;

    public void set(TokenClaims token) {
        this.token = token;
    }

    @Produces
    @RequestScoped
    @Typed(JsonWebToken.class)
    JsonWebToken jsonWebToken() {
        return token;
    }
}
