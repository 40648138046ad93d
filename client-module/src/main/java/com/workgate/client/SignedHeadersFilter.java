package com.workgate.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Signs every request with the PAVE-style headers instead of a bearer token: {@code API-Key}, {@code API-Timestamp}
 * (UTC {@code YYYY-MM-DDTHH:MM:SSZ}, now) and {@code API-Token} = lowercase hex HMAC-SHA256(key = secret,
 * message = {@code <account>:<API-Key>@<API-Timestamp>}). The server accepts a timestamp within 5 minutes of its
 * own time, so the client's clock must be roughly right.
 *
 * <p>Register it on any Jakarta REST {@code Client} or {@code WebTarget}; {@link WorkgateApi} does so when built
 * with {@link WorkgateApi.Builder#signedHeaders}. Thread-safe.
 */
public final class SignedHeadersFilter implements ClientRequestFilter {

    private final String account;
    private final String apiKey;
    private final String secret;
    private final Clock clock;

    /**
     * @param account the organization's account name
     * @param apiKey  the API key id
     * @param secret  the key's secret
     * @param clock   the clock the timestamp is read from
     */
    public SignedHeadersFilter(String account, String apiKey, String secret, Clock clock) {
        this.account = Objects.requireNonNull(account, "account");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param account   the organization's account name
     * @param apiKey    the API key id
     * @param secret    the key's secret
     * @param timestamp the {@code API-Timestamp} value exactly as sent
     * @return the {@code API-Token} value for these
     */
    public static String apiToken(String account, String apiKey, String secret, String timestamp) {
        return Signatures.hmacSha256Hex(secret, account + ":" + apiKey + "@" + timestamp);
    }

    @Override
    public void filter(ClientRequestContext request) {
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        request.getHeaders().putSingle("API-Key", apiKey);
        request.getHeaders().putSingle("API-Timestamp", timestamp);
        request.getHeaders().putSingle("API-Token", apiToken(account, apiKey, secret, timestamp));
    }
}
