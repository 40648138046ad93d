package com.workgate.events.ingest.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.events.ingest.control.EventBatch;
import com.workgate.events.ingest.control.LocatedEventIngest;
import com.workgate.events.ingest.control.LocatedEventIngest.Answer;
import com.workgate.events.ingest.control.LocatedEventKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The two routes every located event type has: bearer (or signed headers) and its {@code /basic} twin. */
public abstract class LocatedEventResource {

    @Inject
    LocatedEventIngest ingest;

    @Inject
    CurrentCaller caller;

    protected abstract LocatedEventKind<?> kind();

    @POST
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "signedHeaders")
    @Operation(summary = "Submit up to 100 events; one result per event, in request order, after they are stored")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT,
            description = "{\"sourceId\", \"<type>Events\": [...]} as calven-api.md §3 describes")))
    public Answer submit(JsonNode document) {
        return ingest.ingest(caller.organizationId(), EventBatch.withSource(document, kind().listField()), kind());
    }

    @POST
    @Path("basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The same, with HTTP Basic authentication (BASIC_AND_HMAC keys)")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    public Answer submitWithBasic(JsonNode document) {
        return submit(document);
    }
}
