package com.workgate.client;

/**
 * No usable answer came from the server: the connection failed or broke, the wait was interrupted, or the body
 * could not be read. Thrown after the retries {@link RetryPolicy} allows for the call, or at once for a call that
 * is not retried on connection failures (see {@link RetryPolicy}).
 */
public class WorkgateTransportException extends RuntimeException {

    private final int attempts;

    /**
     * @param message  what failed
     * @param cause    the underlying failure
     * @param attempts how many attempts were made
     */
    public WorkgateTransportException(String message, Throwable cause, int attempts) {
        super(message, cause);
        this.attempts = attempts;
    }

    /** @return how many attempts were made before giving up */
    public int attempts() {
        return attempts;
    }
}
