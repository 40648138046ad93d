package com.workgate.auth.signed.control;

import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.apikey.control.SecretProof;
import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** PAVE-style per-request signatures: {@code API-Key}, {@code API-Token}, {@code API-Timestamp} on the integration API. */
@ApplicationScoped
public class SignedHeadersScheme implements CredentialScheme {

    public static final String API_KEY = "API-Key";
    public static final String API_TOKEN = "API-Token";
    public static final String API_TIMESTAMP = "API-Timestamp";
    static final String REFUSED = "Unable to validate the request, please recheck your API-Key and API-Token.";
    private static final Pattern BASIC_ROUTE = Pattern.compile(".*/basic/?$");

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
    public boolean coversPath(String path) {
        return path.startsWith("/v1/") && !BASIC_ROUTE.matcher(path).matches();
    }

    @Override
    public boolean presentIn(ContainerRequestContext request) {
        return request.getHeaderString(API_KEY) != null;
    }

    @Override
    public Caller authenticate(ContainerRequestContext request) throws AuthenticationFailure {
        String apiKey = request.getHeaderString(API_KEY);
        String token = request.getHeaderString(API_TOKEN);
        String rawTimestamp = request.getHeaderString(API_TIMESTAMP);
        if (!isFresh(rawTimestamp)) {
            throw refused("invalid_api_timestamp");
        }
        if (token == null) {
            throw refused("invalid_api_token");
        }
        KeyCredentials found;
        try {
            found = proof.verify(apiKey, (String) request.getProperty(ClientAddressFilter.PROPERTY),
                            (account, secret) -> Hmacs.hexEquals(Hmacs.hmacSha256Hex(secret,
                                    SignedHeaderTimestamp.message(account, apiKey, rawTimestamp)), token))
                    .orElseThrow(() -> refused("invalid_api_token"));
        } catch (Throttled throttled) {
            throw new AuthenticationFailure(Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds())
                    .entity(Map.of("message", throttled.getMessage(), "error", "too_many_attempts")).build());
        }
        return Caller.ofApiKey(found.organizationId(), found.apiKeyId(), found.role(), null);
    }

    boolean isFresh(String rawTimestamp) {
        Optional<Instant> timestamp = SignedHeaderTimestamp.parse(rawTimestamp);
        return timestamp.isPresent() && TimeWindow.ofSeconds(windowSeconds).contains(clock.instant(), timestamp.get());
    }

    @Override
    public Response missingCredentials() {
        throw new IllegalStateException("signed headers are never the default scheme of a path");
    }

    private static AuthenticationFailure refused(String error) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("message", REFUSED);
        body.put("error", error);
        return new AuthenticationFailure(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
}
