package com.workgate.events.access.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.events.access.control.AccessCredentialsIngest;
import com.workgate.events.access.control.CredentialUpdate;
import com.workgate.events.ingest.control.EventBatch;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@MetricsFamily(Family.EVENTS)
@Path("v1/access-credentials")
@AllowedRoles({Role.EVENTS, Role.ALL})
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccessCredentialsResource {

    @Inject
    AccessCredentialsIngest ingest;

    @Inject
    CurrentCaller caller;

    @POST
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace people's access cards (up to 100 updates); one answer per update, in order")
    public List<CredentialUpdate> submit(JsonNode document) {
        return ingest.apply(caller.organizationId(), EventBatch.of(document, "data"));
    }

    @POST
    @Path("basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Replace access cards with HTTP Basic authentication")
    public List<CredentialUpdate> submitWithBasic(JsonNode document) {
        return submit(document);
    }
}
