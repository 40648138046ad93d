package com.workgate.client;

/**
 * Fetches a new bearer token from the server. {@link WorkgateApi} has two built in, HMAC ({@code POST /v1/auth})
 * and OAuth 2.0 client credentials ({@code POST /v1/auth/token}); {@link TokenCache} calls one only when its
 * cached token is about to expire.
 */
@FunctionalInterface
public interface TokenSource {

    /**
     * @return a fresh token
     * @throws WorkgateApiException if the server refuses (wrong secret, timestamp outside its window, ...)
     */
    AccessToken fetch();
}
