package com.workgate.auth.caller.control;

import jakarta.ws.rs.core.Response;

/** Credentials that were present but did not prove anything, with the answer for the client. */
public class AuthenticationFailure extends Exception {

    private final transient Response response;

    public AuthenticationFailure(Response response) {
        super(null, null, false, false);
        this.response = response;
    }

    public Response response() {
        return response;
    }
}
