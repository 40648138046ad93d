package com.workgate.timeclock.terminal.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.ApiFamily;
import com.workgate.auth.platform.boundary.ErrorFamily;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.events.access.control.AccessCards;
import com.workgate.timeclock.common.control.JsonInput;
import com.workgate.timeclock.terminal.control.Terminal;
import com.workgate.timeclock.terminal.control.Terminal.Working;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/terminal}: a kiosk signed in with an ALL key's bearer token clocks people in and out by badge and
 * shows who is working.
 */
@MetricsFamily(Family.TIMECLOCK)
@Path("api/terminal")
@ApiFamily(ErrorFamily.TIMECLOCK)
@AcceptedCredentials(CredentialKind.BEARER)
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "TimeClock")
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
@Produces(MediaType.APPLICATION_JSON)
public class TerminalResource {

    public record ClockAnswer(long userId, String action, long sessionId, long clockIn, Long clockOut) {
    }

    @Inject
    Terminal terminal;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("clock")
    @Operation(summary = "Clock the holder of a badge in, or out if they are working ({\"cardNumber\": \"...\"})")
    @APIResponse(responseCode = "404", description = "No active card with this number", content = @Content(schema = @Schema(ref = "TimeClockError")))
    @APIResponse(responseCode = "200", description = "Clocked in or out", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClockAnswer.class)))
    public ClockAnswer clock(JsonNode body) {
        String card = JsonInput.string(JsonInput.requireObject(body), "cardNumber", "Card Number", AccessCards.CARD_NUMBER_LENGTH);
        if (card == null || card.isBlank()) {
            throw JsonInput.invalid("cardNumber", "Card Number cannot be blank.");
        }
        Terminal.Clocked clocked = terminal.clock(caller.organizationId(), card);
        return new ClockAnswer(clocked.userId(), clocked.action(), clocked.session().getId(),
                clocked.session().getClockIn(), clocked.session().getClockOut());
    }

    @GET
    @Path("working")
    @Operation(summary = "Who is clocked in now")
    public List<Working> working() {
        return terminal.workingNow(caller.organizationId());
    }
}
