package com.workgate.auth.caller.control;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * One way of proving who calls (bearer JWT, Basic, signed headers, TimeClock token). The authentication filter
 * asks the schemes a resource accepts ({@link AcceptedCredentials}), in that order, whether the request carries
 * their credentials.
 */
public interface CredentialScheme {

    /** Which of the accepted kinds this scheme checks. */
    CredentialKind kind();

    /** The scheme's name in metrics: {@code bearer}, {@code basic}, {@code signed_headers}, {@code timeclock}. */
    String name();

    /** Whether the request carries credentials of this scheme. */
    boolean presentIn(ContainerRequestContext request);

    /** @throws AuthenticationFailure with the problem (or the scheme's own answer) for the client */
    Caller authenticate(ContainerRequestContext request) throws AuthenticationFailure;

    /** The refusal of a request that carries no credentials at all, where this scheme is the first accepted. */
    AuthenticationFailure missingCredentials();
}
