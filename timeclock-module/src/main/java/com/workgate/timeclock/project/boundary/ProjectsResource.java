package com.workgate.timeclock.project.boundary;

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
import com.workgate.timeclock.project.control.Projects;
import com.workgate.timeclock.project.entity.Project;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

/** {@code /api/projects}: the projects the signed-in person is assigned to (locked ones included). */
@MetricsFamily(Family.TIMECLOCK)
@Path("api/projects")
@ApiFamily(ErrorFamily.TIMECLOCK)
@AcceptedCredentials(CredentialKind.TIMECLOCK)
@Tag(name = "TimeClock")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    public record ProjectView(long id, String name, String color) {
        static ProjectView of(Project project) {
            return new ProjectView(project.getId(), project.getName(), project.getColor());
        }
    }

    @Inject
    Projects projects;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List my projects (filters and sorts on id, name, color)")
    @APIResponse(responseCode = "200", description = "My projects; X-Pagination-* headers and Link give the pages",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectView.class)))
    public Response list() {
        Caller me = caller.get();
        ListQuery query = ListQuery.from(uri.getQueryParameters(), Projects.LIST);
        return ListResponse.of(projects.assignedTo(me.organizationId(), me.userId(), query), query, uri, ProjectView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my projects")
    public ProjectView view(@PathParam("id") String id) {
        return ProjectView.of(projects.assigned(caller.organizationId(), caller.get().userId(), id));
    }
}
