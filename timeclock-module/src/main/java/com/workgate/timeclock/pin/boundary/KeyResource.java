package com.workgate.timeclock.pin.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.caller.control.PublicEndpoint;
import com.workgate.auth.platform.boundary.ApiFamily;
import com.workgate.auth.platform.boundary.ErrorFamily;
import com.workgate.auth.platform.boundary.IssuesTokens;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.throttle.control.Throttled;
import com.workgate.auth.user.control.Person;
import com.workgate.auth.user.control.UserDirectory;
import com.workgate.timeclock.pin.control.PinLogin;
import com.workgate.timeclock.pin.control.PinLogin.KeyAnswer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/key}: PIN login (the original's), and self-service of the TimeClock key: grant with the PIN, change
 * or revoke with the key itself.
 */
@MetricsFamily(Family.TIMECLOCK)
@Path("api/key")
@ApiFamily(ErrorFamily.TIMECLOCK)
@AcceptedCredentials(CredentialKind.TIMECLOCK)
@Tag(name = "TimeClock")
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
@Produces(MediaType.APPLICATION_JSON)
public class KeyResource {

    @Inject
    PinLogin pinLogin;

    @Inject
    UserDirectory users;

    @Inject
    CurrentCaller caller;

    @IssuesTokens("pin")
    @POST
    @PublicEndpoint
    @Operation(summary = "PIN login: {\"pin\": \"1054\"} gives {userId, apiKey} (apiKey null until granted)")
    @APIResponse(responseCode = "200", description = "The PIN's owner and key",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeyAnswer.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong PINs; see Retry-After",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "TimeClockError")))
    public Response login(JsonNode body) {
        return withPin(body, person -> Response.ok(pinLogin.keyOf(person)).build());
    }

    @IssuesTokens("pin")
    @POST
    @Path("grant")
    @PublicEndpoint
    @Operation(summary = "Create a TimeClock key if the PIN's owner has none; answers the key")
    @APIResponse(responseCode = "200", description = "The PIN's owner and key",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeyAnswer.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong PINs; see Retry-After",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "TimeClockError")))
    public Response grant(JsonNode body) {
        return withPin(body, person -> Response.ok(pinLogin.grantKey(person)).build());
    }

    @PUT
    @Operation(summary = "Replace my key; the old one stops at once")
    public KeyAnswer change() {
        long userId = caller.get().userId();
        return new KeyAnswer(userId, users.newTimeClockKey(caller.organizationId(), userId));
    }

    @DELETE
    @Operation(summary = "Revoke my key")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke() {
        users.revokeTimeClockKey(caller.organizationId(), caller.get().userId());
        return Response.noContent().build();
    }

    private Response withPin(JsonNode body, java.util.function.Function<Person, Response> then) {
        String pin = body != null && body.path("pin").isValueNode() && !body.get("pin").isNull() ? body.get("pin").asText() : null;
        try {
            return then.apply(pinLogin.verify(pin));
        } catch (Throttled throttled) {
            throw new ApiException(429, throttled.getMessage()).header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds());
        }
    }
}
