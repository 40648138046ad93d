package com.workgate.auth.caller.control;

import com.workgate.auth.platform.control.ApiException;
import jakarta.ws.rs.core.Response;

/**
 * Credentials that were present but did not prove anything (or were missing): a problem that the resource's API
 * family renders, or, for a scheme with an answer of its own on every family (signed headers), that answer.
 */
public class AuthenticationFailure extends Exception {

    private final transient ApiException problem;
    private final transient Response response;

    public AuthenticationFailure(ApiException problem) {
        super(null, null, false, false);
        this.problem = problem;
        this.response = null;
    }

    public AuthenticationFailure(Response schemeAnswer) {
        super(null, null, false, false);
        this.problem = null;
        this.response = schemeAnswer;
    }

    /** Null when the scheme answers itself ({@link #response()}). */
    public ApiException problem() {
        return problem;
    }

    public Response response() {
        return response;
    }
}
