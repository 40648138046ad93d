package com.workgate.auth.caller.control;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * One way of proving who calls (bearer JWT, Basic, signed headers, TimeClock token). The authentication filter
 * asks each scheme, in priority order, whether the request is in its territory and carries its credentials.
 */
public interface CredentialScheme {

    /** Lower first: the first scheme covering a path answers requests without credentials, and wins ties. */
    default int order() {
        return 100;
    }

    /** The scheme's name in metrics: {@code bearer}, {@code basic}, {@code signed_headers}, {@code timeclock}. */
    String name();

    /** Whether requests to this path may use this scheme. */
    boolean coversPath(String path);

    /** Whether the request carries credentials of this scheme. */
    boolean presentIn(ContainerRequestContext request);

    /** @throws AuthenticationFailure with the response the scheme's clients expect */
    Caller authenticate(ContainerRequestContext request) throws AuthenticationFailure;

    /** The answer to a request on this scheme's paths that carries no credentials at all. */
    Response missingCredentials();
}
