package com.workgate.auth.token.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.caller.control.PublicEndpoint;
import com.workgate.auth.platform.boundary.IssuesTokens;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import com.workgate.auth.token.control.AuthenticationRefused;
import com.workgate.auth.token.control.HmacTokenExchange;
import com.workgate.auth.token.control.IssuedToken;
import com.workgate.auth.throttle.control.Throttled;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@MetricsFamily(Family.AUTH)
@Path("v1/auth")
@PublicEndpoint
@Tag(name = "Tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record HmacAuthRequest(String apiKey,
                                  @Schema(type = SchemaType.INTEGER, description = "unix seconds (a number or a string of digits)")
                                  JsonNode timestamp,
                                  @Schema(description = "hex HMAC-SHA256(secret, apiKey + timestamp)") String hash) {
    }

    public record AuthAnswer(boolean authenticated, String message, @Schema(nullable = true) String token,
                             @Schema(nullable = true) Long expiration) {
        static AuthAnswer refused(String message) {
            return new AuthAnswer(false, message, null, null);
        }
    }

    @Inject
    HmacTokenExchange exchange;

    @IssuesTokens("hmac")
    @POST
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuthAnswer.class)))
    @APIResponse(responseCode = "401", description = "Wrong key or hash, or stale timestamp", content = @Content(schema = @Schema(implementation = AuthAnswer.class)))
    @APIResponse(responseCode = "429", description = "Too many failures; see Retry-After", content = @Content(schema = @Schema(implementation = AuthAnswer.class)))
    @Operation(summary = "Exchange an HMAC-SHA256 proof of the API secret for a bearer token")
    public Response authenticate(HmacAuthRequest request, @Context HttpServletRequest http) {
        if (request == null) {
            throw ApiException.badRequest("body", "is required");
        }
        String apiKey = JsonFields.requireText(request.apiKey(), "apiKey");
        long timestamp = JsonFields.requireEpochSeconds(request.timestamp(), "timestamp");
        String hash = JsonFields.requireText(request.hash(), "hash");
        try {
            IssuedToken token = exchange.exchange(apiKey, timestamp, hash, http.getRemoteAddr());
            return Response.ok(new AuthAnswer(true, "Authentication successful", token.token(),
                    token.expiresAt().getEpochSecond())).build();
        } catch (AuthenticationRefused refused) {
            return Response.status(401).entity(AuthAnswer.refused(refused.getMessage())).build();
        } catch (Throttled throttled) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds())
                    .entity(AuthAnswer.refused(throttled.getMessage())).build();
        }
    }
}
