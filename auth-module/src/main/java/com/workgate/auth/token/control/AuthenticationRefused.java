package com.workgate.auth.token.control;

/** A token request that proves nothing; the message never says whether the key exists. */
public class AuthenticationRefused extends Exception {

    public AuthenticationRefused(String message) {
        super(message, null, false, false);
    }
}
