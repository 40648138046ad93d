package com.workgate.timeclock.session.boundary;

import com.workgate.auth.platform.control.WholeNumbers;
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
import com.workgate.timeclock.common.control.JsonInput;
import com.workgate.timeclock.common.control.ListPage;
import com.workgate.timeclock.common.control.ListQuery;
import com.workgate.timeclock.session.control.SessionWrite;
import com.workgate.timeclock.session.control.WorkSessions;
import com.workgate.timeclock.session.control.WorkSessions.Summary;
import com.workgate.timeclock.session.entity.WorkSession;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/sessions}: the signed-in person's work sessions. HEAD and OPTIONS come with GET from JAX-RS. */
@MetricsFamily(Family.TIMECLOCK)
@Path("api/sessions")
@ApiFamily(ErrorFamily.TIMECLOCK)
@AcceptedCredentials(CredentialKind.TIMECLOCK)
@Tag(name = "TimeClock")
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    WorkSessions sessions;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List sessions (page, per-page, sort, filter[attr][op])")
    @APIResponse(responseCode = "200", description = "My sessions; X-Pagination-* headers and Link give the pages",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
    public Response list() {
        Caller me = caller.get();
        ListQuery query = ListQuery.from(uri.getQueryParameters(), WorkSessions.LIST);
        ListPage<WorkSession> page = sessions.list(me.organizationId(), me.userId(), query);
        var projects = sessions.projectsOf(me.organizationId(), page.items());
        return ListResponse.of(page, query, uri, session -> SessionView.of(session, projects));
    }

    @GET
    @Path("summary")
    @Operation(summary = "Seconds worked and sessions closed between from and to (unix seconds)")
    public Summary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        Caller me = caller.get();
        return sessions.summary(me.organizationId(), me.userId(), number(from, "from"), number(to, "to"));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One session")
    public SessionView view(@PathParam("id") String id) {
        return view(sessions.get(caller.organizationId(), caller.get().userId(), id));
    }

    @POST
    @Operation(summary = "Clock a session (clockIn defaults to now)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    public Response create(JsonNode body) {
        WorkSession created = sessions.create(caller.organizationId(), caller.get().userId(), SessionWrite.read(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a session (fields left out keep their values)")
    public SessionView update(@PathParam("id") String id, JsonNode body) {
        long organizationId = caller.organizationId();
        long userId = caller.get().userId();
        // as the original finds the session before it reads the body: an unknown id is a 404 whatever the body says
        sessions.get(organizationId, userId, id);
        return view(sessions.update(organizationId, userId, id, SessionWrite.read(body)));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change a session (as PUT)")
    public SessionView patch(@PathParam("id") String id, JsonNode body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a session")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("id") String id) {
        sessions.delete(caller.organizationId(), caller.get().userId(), id);
        return Response.noContent().build();
    }

    private SessionView view(WorkSession session) {
        return SessionView.of(session, sessions.projectsOf(caller.organizationId(), List.of(session)));
    }

    private static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return WholeNumbers.signed(text).orElseThrow(() -> JsonInput.invalid(field, field + " must be an integer."));
    }
}
