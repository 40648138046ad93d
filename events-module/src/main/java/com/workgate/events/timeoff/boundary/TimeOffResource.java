package com.workgate.events.timeoff.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.events.actions.control.ChangedBy;
import com.workgate.events.ingest.control.EventBatch;
import com.workgate.events.timeoff.control.TimeOffIngest;
import com.workgate.events.timeoff.control.TimeOffIngest.Answer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@MetricsFamily(Family.EVENTS)
@Path("v1/timeoff")
@AllowedRoles({Role.EVENTS, Role.ALL})
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TimeOffResource {

    @Inject
    TimeOffIngest ingest;

    @Inject
    CurrentCaller caller;

    @POST
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submit up to 100 time-off events; scheduled leave makes days away, cancelled gives them back")
    public Answer submit(JsonNode document) {
        return ingest.ingest(caller.organizationId(), EventBatch.of(document, "timeOffEvents"), ChangedBy.of(caller.get()));
    }

    @POST
    @Path("basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Submit time-off events with HTTP Basic authentication")
    public Answer submitWithBasic(JsonNode document) {
        return submit(document);
    }
}
