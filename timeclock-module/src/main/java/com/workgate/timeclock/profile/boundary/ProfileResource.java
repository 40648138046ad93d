package com.workgate.timeclock.profile.boundary;

import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.user.control.UserDirectory;
import com.workgate.auth.user.entity.User;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/profile}: the signed-in person. Projects come with the TimeClock projects (none exist yet). */
@Path("api/profile")
@Tag(name = "TimeClock")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    public record ProjectRef(long id, String name) {
    }

    public record Profile(long id, String name, String email, String phone, ProjectRef defaultProject,
                          List<ProjectRef> availableProjects, long createdAt, long updatedAt) {
    }

    @Inject
    UserDirectory users;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The signed-in person's profile")
    public Profile view() {
        User user = users.get(caller.organizationId(), caller.get().userId());
        return new Profile(user.getId(), user.getFirstName() + " " + user.getLastName(), user.getEmail(), user.getPhone(),
                null, List.of(), user.getCreatedAt().getEpochSecond(), user.getUpdatedAt().getEpochSecond());
    }
}
