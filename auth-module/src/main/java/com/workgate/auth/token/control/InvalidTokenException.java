package com.workgate.auth.token.control;

/** A bearer token that is malformed, badly signed, expired, foreign or revoked. */
public class InvalidTokenException extends Exception {

    public InvalidTokenException(String message) {
        super(message, null, false, false);
    }
}
