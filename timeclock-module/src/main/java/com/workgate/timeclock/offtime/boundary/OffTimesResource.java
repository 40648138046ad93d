package com.workgate.timeclock.offtime.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.ApiFamily;
import com.workgate.auth.platform.boundary.ErrorFamily;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.timeclock.common.boundary.ListResponse;
import com.workgate.timeclock.common.control.ListQuery;
import com.workgate.timeclock.offtime.control.OffTimeWrite;
import com.workgate.timeclock.offtime.control.OffTimes;
import com.workgate.timeclock.offtime.entity.OffTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/off-times}: the signed-in person's off-times; approval is the administrator's. */
@MetricsFamily(Family.TIMECLOCK)
@Path("api/off-times")
@ApiFamily(ErrorFamily.TIMECLOCK)
@AcceptedCredentials(CredentialKind.TIMECLOCK)
@Tag(name = "TimeClock")
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
@Produces(MediaType.APPLICATION_JSON)
public class OffTimesResource {

    @Inject
    OffTimes offTimes;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List off-times (page, per-page, sort, filter[attr][op])")
    @APIResponse(responseCode = "200", description = "My off-times; X-Pagination-* headers and Link give the pages",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = OffTimeView.class)))
    public Response list() {
        Caller me = caller.get();
        ListQuery query = ListQuery.from(uri.getQueryParameters(), OffTimes.LIST);
        return ListResponse.of(offTimes.list(me.organizationId(), me.userId(), query), query, uri, OffTimeView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One off-time")
    public OffTimeView view(@PathParam("id") String id) {
        return OffTimeView.of(offTimes.get(caller.organizationId(), caller.get().userId(), id));
    }

    @POST
    @Operation(summary = "Ask for an off-time (startAt and endAt as YYYY-MM-DD, both included)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OffTimeView.class)))
    public Response create(JsonNode body) {
        OffTime created = offTimes.create(caller.organizationId(), caller.get().userId(), OffTimeWrite.readNew(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(OffTimeView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an off-time; new dates send a vacation back for approval")
    public OffTimeView update(@PathParam("id") String id, JsonNode body) {
        long organizationId = caller.organizationId();
        long userId = caller.get().userId();
        // as the original finds the off-time before it reads the body: an unknown id is a 404 whatever the body says
        offTimes.get(organizationId, userId, id);
        return OffTimeView.of(offTimes.update(organizationId, userId, id, OffTimeWrite.readChange(body)));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change an off-time (as PUT)")
    public OffTimeView patch(@PathParam("id") String id, JsonNode body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an off-time")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("id") String id) {
        offTimes.delete(caller.organizationId(), caller.get().userId(), id);
        return Response.noContent().build();
    }
}
