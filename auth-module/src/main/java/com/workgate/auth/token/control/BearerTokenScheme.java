package com.workgate.auth.token.control;

import com.workgate.auth.apikey.control.ApiKeys;
import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialScheme;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.session.control.ApiSessions;
import com.workgate.auth.signed.control.SignedHeadersScheme;
import com.workgate.auth.timeclock.control.TimeClockScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code Authorization: Bearer <JWT>} on the integration API (not on its {@code /basic} twins). */
@ApplicationScoped
public class BearerTokenScheme implements CredentialScheme {

    static final String REALM = "workgate";
    private static final Pattern BASIC_ROUTE = Pattern.compile(".*/basic/?$");

    @Inject
    TokenVerifier verifier;

    @Inject
    ApiKeys apiKeys;

    @Inject
    ApiSessions sessions;

    @Inject
    CallerToken callerToken;

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String name() {
        return "bearer";
    }

    /** The 2023 Calven documents send the token in this header instead of {@code Authorization}. */
    public static final String AUTHENTICATION = "Authentication";

    /** {@code /v1/sessions} is where a signing client starts: signed headers only, so that it learns their errors. */
    @Override
    public boolean coversPath(String path) {
        return (path.startsWith("/v1/") && !BASIC_ROUTE.matcher(path).matches()
                && !path.startsWith(SignedHeadersScheme.SESSIONS_PATH))
                || path.startsWith(TimeClockScheme.TERMINAL_PATHS) || path.startsWith("/scim/");
    }

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
            throw new AuthenticationFailure(Response.fromResponse(ErrorBody.response(401, e.getMessage()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", error_description=\""
                            + e.getMessage() + "\"")
                    .build());
        }
    }

    @Override
    public Response missingCredentials() {
        return Response.fromResponse(ErrorBody.response(401, "Authentication is required"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"")
                .build();
    }
}
