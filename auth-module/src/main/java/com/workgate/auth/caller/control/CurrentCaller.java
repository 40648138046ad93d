package com.workgate.auth.caller.control;

import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, set by the authentication filter. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller;
    }

    /** @throws IllegalStateException on a route that was not authenticated (a wiring error, not a client error) */
    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }

    /** The caller, or null before authentication and on public routes. */
    public Caller find() {
        return caller;
    }

    public long organizationId() {
        return get().organizationId();
    }
}
