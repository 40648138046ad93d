package com.workgate.timeclock.project.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.timeclock.project.control.ProjectData;
import com.workgate.timeclock.project.control.Projects;
import com.workgate.timeclock.project.entity.Project;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The TimeClock projects of the organization, for its administrators. */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/projects")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminProjectsResource {

    public record AdminProjectView(long id, String name, String color, Set<Long> assigneeIds, String status) {
        static AdminProjectView of(Project project) {
            return new AdminProjectView(project.getId(), project.getName(), project.getColor(), project.getAssigneeIds(),
                    project.getStatus());
        }
    }

    @Inject
    Projects projects;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Create a project")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AdminProjectView.class)))
    public Response create(ProjectData request) {
        return Response.status(201).entity(AdminProjectView.of(projects.create(caller.organizationId(), request))).build();
    }

    @GET
    @Operation(summary = "List the projects (not deleted)")
    public List<AdminProjectView> list() {
        return projects.all(caller.organizationId()).stream().map(AdminProjectView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project")
    public AdminProjectView get(@PathParam("id") String id) {
        return AdminProjectView.of(projects.get(caller.organizationId(), id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a project; fields left out keep their values")
    public AdminProjectView update(@PathParam("id") String id, ProjectData request) {
        return AdminProjectView.of(projects.update(caller.organizationId(), id, request));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a project (its sessions keep it)")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("id") String id) {
        projects.delete(caller.organizationId(), id);
        return Response.noContent().build();
    }
}
