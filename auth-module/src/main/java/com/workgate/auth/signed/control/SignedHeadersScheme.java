package com.workgate.auth.signed.control;

import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.apikey.control.SecretProof;
import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CredentialScheme;
import com.workgate.auth.crypto.control.Hmacs;
import com.workgate.auth.platform.boundary.ClientAddressFilter;
import com.workgate.auth.throttle.control.Throttled;
import com.workgate.auth.token.control.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** PAVE-style per-request signatures: {@code API-Key}, {@code API-Token}, {@code API-Timestamp} on the integration API. */
@ApplicationScoped
public class SignedHeadersScheme implements CredentialScheme {

    public static final String API_KEY = "API-Key";
    public static final String API_TOKEN = "API-Token";
    public static final String API_TIMESTAMP = "API-Timestamp";
    public static final String REFUSED = "Unable to validate the request, please recheck your API-Key and API-Token.";
    public static final String INVALID_KEY = "Invalid API Key";
    public static final String INVALID_TOKEN = "Invalid API Token";
    public static final String INVALID_TIMESTAMP = "Invalid API Timestamp";

    @Inject
    SecretProof proof;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "workgate.signed-headers.window-seconds", defaultValue = "300")
    long windowSeconds;

    @Override
    public String name() {
        return "signed_headers";
    }

    @Override
    public CredentialKind kind() {
        return CredentialKind.SIGNED_HEADERS;
    }

    /** Any one of the three headers makes the request a signed one, so that a missing header is named as such. */
    @Override
    public boolean presentIn(ContainerRequestContext request) {
        return request.getHeaderString(API_KEY) != null || request.getHeaderString(API_TOKEN) != null
                || request.getHeaderString(API_TIMESTAMP) != null;
    }

    @Override
    public Caller authenticate(ContainerRequestContext request) throws AuthenticationFailure {
        String apiKey = request.getHeaderString(API_KEY);
        String token = request.getHeaderString(API_TOKEN);
        String rawTimestamp = request.getHeaderString(API_TIMESTAMP);
        Optional<String> malformed = headerError(apiKey, token, isFresh(rawTimestamp));
        if (malformed.isPresent()) {
            throw refused(malformed.get());
        }
        KeyCredentials found;
        try {
            found = proof.verify(apiKey, (String) request.getProperty(ClientAddressFilter.PROPERTY),
                            (account, secret) -> Hmacs.hexEquals(Hmacs.hmacSha256Hex(secret,
                                    SignedHeaderTimestamp.message(account, apiKey, rawTimestamp)), token))
                    .orElseThrow(() -> refused(INVALID_TOKEN));
        } catch (Throttled throttled) {
            throw new AuthenticationFailure(Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds())
                    .entity(Map.of("message", throttled.getMessage(), "error", "too_many_attempts")).build());
        }
        return Caller.ofApiKey(found.organizationId(), found.apiKeyId(), found.role(), null);
    }

    /**
     * What is wrong with the headers before any key is looked up, in the order a client should fix it. An unknown key
     * is not among them: it is refused like a wrong token, so that key ids cannot be probed.
     */
    static Optional<String> headerError(String apiKey, String token, boolean fresh) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.of(INVALID_KEY);
        }
        if (!fresh) {
            return Optional.of(INVALID_TIMESTAMP);
        }
        if (token == null || token.isBlank()) {
            return Optional.of(INVALID_TOKEN);
        }
        return Optional.empty();
    }

    boolean isFresh(String rawTimestamp) {
        Optional<Instant> timestamp = SignedHeaderTimestamp.parse(rawTimestamp);
        return timestamp.isPresent() && TimeWindow.ofSeconds(windowSeconds).contains(clock.instant(), timestamp.get());
    }

    /** Where signed headers are the first scheme accepted ({@code /v1/sessions}), without any header the key is missing. */
    @Override
    public AuthenticationFailure missingCredentials() {
        return refused(INVALID_KEY);
    }

    /** The PAVE answer to every authentication failure: its sentence, and which header to recheck. */
    public static Response refusal(String error) {
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new SignedHeadersRefusal(REFUSED, error)).build();
    }

    private static AuthenticationFailure refused(String error) {
        return new AuthenticationFailure(refusal(error));
    }
}
