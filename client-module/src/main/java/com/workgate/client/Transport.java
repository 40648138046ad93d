package com.workgate.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** Sends one call with the retries of the {@link RetryPolicy}; turns error answers into {@link WorkgateApiException}. */
final class Transport {

    private final RetryPolicy policy;
    private final Clock clock;

    Transport(RetryPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * @param request    what is asked, for messages
     * @param idempotent whether a connection failure may be retried
     * @param attempt    makes one attempt (builds the request afresh, so time-dependent headers are current)
     * @return a 2xx or 3xx response the caller must close
     */
    Response send(String request, boolean idempotent, Supplier<Response> attempt) {
        int attempts = 0;
        while (true) {
            attempts++;
            Response response;
            try {
                response = attempt.get();
            } catch (ProcessingException e) {
                if (!idempotent || attempts >= policy.maxAttempts()) {
                    throw new WorkgateTransportException(request + " failed after " + attempts + " attempt(s)"
                            + (idempotent ? "" : " (not retried: the call is not idempotent)") + ": " + e.getMessage(),
                            e, attempts);
                }
                sleep(policy.backoff(attempts), request, e, attempts);
                continue;
            }
            int status = response.getStatus();
            if ((status == 429 || status == 503) && attempts < policy.maxAttempts()) {
                Duration wait = policy.delayAfterRefusal(attempts, response.getHeaderString("Retry-After"), clock);
                if (wait != null) {
                    response.close();
                    sleep(wait, request, null, attempts);
                    continue;
                }
            }
            if (status >= 400) {
                throw WorkgateApiException.from(request, response);
            }
            return response;
        }
    }

    private static void sleep(Duration wait, String request, Exception cause, int attempts) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            WorkgateTransportException interrupted = new WorkgateTransportException(request
                    + " interrupted while waiting to retry", e, attempts);
            if (cause != null) {
                interrupted.addSuppressed(cause);
            }
            throw interrupted;
        }
    }
}
