package com.workgate.auth.token.control;

import com.workgate.auth.apikey.control.ApiKeys;
import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CredentialScheme;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.session.control.ApiSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** {@code Authorization: Bearer <JWT>}, where a resource accepts it: the integration API, terminals, SCIM. */
@ApplicationScoped
public class BearerTokenScheme implements CredentialScheme {

    static final String REALM = "workgate";

    @Inject
    TokenVerifier verifier;

    @Inject
    ApiKeys apiKeys;

    @Inject
    ApiSessions sessions;

    @Inject
    CallerToken callerToken;

    @Override
    public CredentialKind kind() {
        return CredentialKind.BEARER;
    }

    @Override
    public String name() {
        return "bearer";
    }

    /** The 2023 Calven documents send the token in this header instead of {@code Authorization}. */
    public static final String AUTHENTICATION = "Authentication";

    @Override
    public boolean presentIn(ContainerRequestContext request) {
        return bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString(AUTHENTICATION)).isPresent();
    }

    /**
     * The token of {@code Authorization: Bearer <token>}, else of {@code Authentication: Bearer <token>} (or the bare
     * token in {@code Authentication}, as some of those documents show it).
     */
    static Optional<String> bearerToken(String authorization, String authentication) {
        if (isBearer(authorization)) {
            return Optional.of(authorization.substring(7).trim());
        }
        if (isBearer(authentication)) {
            return Optional.of(authentication.substring(7).trim());
        }
        if (authentication != null && !authentication.isBlank() && authentication.indexOf(' ') < 0) {
            return Optional.of(authentication.trim());
        }
        return Optional.empty();
    }

    private static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    public Caller authenticate(ContainerRequestContext request) throws AuthenticationFailure {
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString(AUTHENTICATION)).orElseThrow();
        try {
            VerifiedToken verified = verifier.verify(token);
            if (!apiKeys.isActive(verified.apiKeyId())) {
                throw new InvalidTokenException("The token's API key has been revoked");
            }
            if (verified.sessionId() != null && !sessions.isActive(verified.sessionId())) {
                throw new InvalidTokenException("The token's session has been closed");
            }
            callerToken.set(verified.claims());
            return Caller.ofApiKey(verified.organizationId(), verified.apiKeyId(), verified.role(), verified.sessionId());
        } catch (InvalidTokenException e) {
            throw new AuthenticationFailure(new ApiException(401, e.getMessage())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", error_description=\""
                            + e.getMessage() + "\""));
        }
    }

    @Override
    public AuthenticationFailure missingCredentials() {
        return new AuthenticationFailure(new ApiException(401, "Authentication is required")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\""));
    }
}
