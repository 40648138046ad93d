package com.workgate.auth.user.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.user.control.UserData;
import com.workgate.auth.user.control.UserDirectory;
import com.workgate.auth.user.entity.User;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The directory of people of the caller's organization. */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/users")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    public record PinView(String pin) {
    }

    public record TimeClockKeyView(long userId, String apiKey) {
    }

    @Inject
    UserDirectory directory;

    @Inject
    CurrentCaller caller;

    @POST
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "Email already used", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @Operation(summary = "Create a user; the answer's userId is also the TimeClock identifier")
    public Response create(UserData request, @Context UriInfo uri) {
        User user = directory.create(caller.organizationId(), requireBody(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.getId())).build())
                .entity(UserView.of(user)).build();
    }

    @GET
    @Operation(summary = "List the organization's users")
    public List<UserView> list() {
        return directory.list(caller.organizationId()).stream().map(UserView::of).toList();
    }

    @GET
    @Path("{userId}")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "404", description = "No such user in this organization", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @Operation(summary = "Read a user")
    public UserView get(@PathParam("userId") String userId) {
        return UserView.of(directory.get(caller.organizationId(), id(userId)));
    }

    @PUT
    @Path("{userId}")
    @Operation(summary = "Change a user's fields; fields left out keep their values")
    @APIResponse(responseCode = "409", description = "Email already used", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "200", description = "The user as stored", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    public UserView update(@PathParam("userId") String userId, UserData request) {
        return UserView.of(directory.update(caller.organizationId(), id(userId), requireBody(request)));
    }

    @DELETE
    @Path("{userId}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such user in this organization", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @Operation(summary = "Delete a user (history keeps pointing at them; the email becomes free)")
    public Response delete(@PathParam("userId") String userId) {
        directory.delete(caller.organizationId(), id(userId));
        return Response.noContent().build();
    }

    @POST
    @Path("{userId}/pin")
    @Operation(summary = "Give a user a new TimeClock PIN, shown once")
    public PinView newPin(@PathParam("userId") String userId) {
        return new PinView(directory.newPin(caller.organizationId(), id(userId)));
    }

    @POST
    @Path("{userId}/timeclock-key")
    @Operation(summary = "Grant or change a user's TimeClock API key")
    public TimeClockKeyView newTimeClockKey(@PathParam("userId") String userId) {
        long id = id(userId);
        return new TimeClockKeyView(id, directory.newTimeClockKey(caller.organizationId(), id));
    }

    @DELETE
    @Path("{userId}/timeclock-key")
    @APIResponse(responseCode = "204", description = "Revoked")
    @Operation(summary = "Revoke a user's TimeClock API key")
    public Response revokeTimeClockKey(@PathParam("userId") String userId) {
        directory.revokeTimeClockKey(caller.organizationId(), id(userId));
        return Response.noContent().build();
    }

    private static UserData requireBody(UserData request) {
        if (request == null) {
            throw ApiException.badRequest("body", "is required");
        }
        return request;
    }

    /** Ids are numbers; anything else names no user of this organization. */
    private static long id(String userId) {
        try {
            return Long.parseLong(userId);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("user " + userId);
        }
    }
}
