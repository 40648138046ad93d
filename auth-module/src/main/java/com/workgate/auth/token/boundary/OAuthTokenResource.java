package com.workgate.auth.token.boundary;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.caller.control.PublicEndpoint;
import com.workgate.auth.platform.boundary.ApiFamily;
import com.workgate.auth.platform.boundary.ErrorFamily;
import com.workgate.auth.platform.boundary.IssuesTokens;
import com.workgate.auth.platform.boundary.JacksonConfiguration;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import com.workgate.auth.throttle.control.Throttled;
import com.workgate.auth.token.control.AuthenticationRefused;
import com.workgate.auth.token.control.BasicCredentials;
import com.workgate.auth.token.control.ClientCredentialsExchange;
import com.workgate.auth.token.control.ClientCredentialsExchange.SecretMayNotTravel;
import com.workgate.auth.token.control.IssuedToken;
import com.workgate.auth.token.control.TokenIssuer;
import com.workgate.auth.token.control.TokenSubject;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OAuth 2.0 client credentials grant; errors per RFC 6749 §5.2. */
@MetricsFamily(Family.AUTH)
@Path("v1/auth/token")
@ApiFamily(ErrorFamily.OAUTH)
@PublicEndpoint
@Tag(name = "Tokens")
public class OAuthTokenResource {

    static final String REALM = "workgate";

    public record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn,
                              @JsonProperty("token_type") String tokenType) {
    }

    @Inject
    ClientCredentialsExchange exchange;

    @Inject
    TokenIssuer issuer;

    @Inject
    Clock clock;

    @IssuesTokens("client_credentials")
    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TokenAnswer.class)))
    @APIResponse(responseCode = "400", description = "invalid_request, unsupported_grant_type or unauthorized_client (RFC 6749 §5.2)",
            content = @Content(schema = @Schema(ref = "OAuthError")))
    @APIResponse(responseCode = "401", description = "invalid_client", content = @Content(schema = @Schema(ref = "OAuthError")))
    @APIResponse(responseCode = "429", description = "slow_down: too many failures; see Retry-After",
            content = @Content(schema = @Schema(ref = "OAuthError")))
    @Operation(summary = "Client credentials grant: JSON body, form body or HTTP Basic; BASIC_AND_HMAC keys only")
    public Response token(String body, @Context HttpHeaders headers, @Context HttpServletRequest http) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean basicUsed = BasicCredentials.isBasic(authorization);
        Map<String, String> fields;
        try {
            fields = parse(body, headers.getMediaType());
            fields.forEach((name, value) -> {
                if (JsonFields.hasNul(name) || JsonFields.hasNul(value)) {
                    throw new IllegalArgumentException(name + " " + JsonFields.NUL_PROBLEM);
                }
            });
        } catch (IllegalArgumentException e) {
            throw error(400, "invalid_request", e.getMessage(), false);
        }
        String grantType = fields.get("grant_type");
        if (grantType != null && !grantType.equals("client_credentials")) {
            throw error(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported", basicUsed);
        }
        String clientId = fields.get("client_id");
        String clientSecret = fields.get("client_secret");
        if (basicUsed) {
            Optional<BasicCredentials> basic = BasicCredentials.parse(authorization);
            if (basic.isEmpty()) {
                throw error(401, "invalid_client", "The Basic credentials cannot be decoded", true);
            }
            if (clientSecret != null) {
                throw error(400, "invalid_request", "Use one client authentication method, not Basic and the body", true);
            }
            clientId = basic.get().id();
            clientSecret = basic.get().secret();
        }
        if (clientId == null && clientSecret == null) {
            throw error(401, "invalid_client", "Client authentication is required", false);
        }
        if (clientId == null || clientSecret == null) {
            throw error(400, "invalid_request", (clientId == null ? "client_id" : "client_secret") + " is required", basicUsed);
        }
        try {
            KeyCredentials key = exchange.verify(clientId, clientSecret, http.getRemoteAddr());
            IssuedToken token = issuer.issue(new TokenSubject(key.apiKeyId(), key.organizationId(), key.role(), null));
            TokenAnswer answer = new TokenAnswer(token.token(),
                    token.expiresAt().getEpochSecond() - clock.instant().getEpochSecond(), "Bearer");
            return Response.ok(answer).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
        } catch (AuthenticationRefused refused) {
            throw error(401, "invalid_client", refused.getMessage(), basicUsed);
        } catch (SecretMayNotTravel hmacOnly) {
            throw error(400, "unauthorized_client", hmacOnly.getMessage(), basicUsed);
        } catch (Throttled throttled) {
            throw error(429, "slow_down", throttled.getMessage(), basicUsed)
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds());
        }
    }

    private static Map<String, String> parse(String body, MediaType type) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isBlank()) {
            return fields;
        }
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }
        try {
            JsonNode json = JacksonConfiguration.MAPPER.readTree(body);
            if (!json.isObject()) {
                throw new IllegalArgumentException("The body must be a JSON object");
            }
            json.fields().forEachRemaining(field -> {
                if (!field.getValue().isTextual()) {
                    throw new IllegalArgumentException(field.getKey() + " must be a string");
                }
                fields.put(field.getKey(), field.getValue().textValue());
            });
            return fields;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body is not valid JSON");
        }
    }

    /** An RFC 6749 error, rendered by the OAuth family ({@code ErrorFamily.OAUTH}: never cached). */
    private static ApiException error(int status, String code, String description, boolean basicUsed) {
        ApiException error = new ApiException(status, description).code(code);
        if (basicUsed && status == 401) {
            error.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        }
        return error;
    }
}
