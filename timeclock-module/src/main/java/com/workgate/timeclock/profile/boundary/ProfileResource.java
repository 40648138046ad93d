package com.workgate.timeclock.profile.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.ApiFamily;
import com.workgate.auth.platform.boundary.ErrorFamily;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.user.control.Person;
import com.workgate.timeclock.profile.control.ProfileChange;
import com.workgate.timeclock.profile.control.Profiles;
import com.workgate.timeclock.project.entity.Project;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/profile}: the signed-in person. */
@MetricsFamily(Family.TIMECLOCK)
@Path("api/profile")
@ApiFamily(ErrorFamily.TIMECLOCK)
@AcceptedCredentials(CredentialKind.TIMECLOCK)
@Tag(name = "TimeClock")
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    public record ProjectRef(long id, String name) {
        static ProjectRef of(Project project) {
            return project == null ? null : new ProjectRef(project.getId(), project.getName());
        }
    }

    public record ProfileView(long id, String name, String email, String phone, ProjectRef defaultProject,
                              List<ProjectRef> availableProjects, long createdAt, long updatedAt) {
        static ProfileView of(Profiles.Profile profile) {
            Person person = profile.person();
            String name = (person.firstName() + " " + person.lastName()).trim();
            return new ProfileView(person.id(), name, person.email(), person.phone(), ProjectRef.of(profile.defaultProject()),
                    profile.availableProjects().stream().map(ProjectRef::of).toList(),
                    person.createdAt().getEpochSecond(), person.updatedAt().getEpochSecond());
        }
    }

    @Inject
    Profiles profiles;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The signed-in person's profile")
    public ProfileView view() {
        return ProfileView.of(profiles.view(caller.organizationId(), caller.get().userId()));
    }

    @PUT
    @Operation(summary = "Change name, phone or default project (projectId 0 clears it); email is read-only")
    public ProfileView update(JsonNode body) {
        return ProfileView.of(profiles.update(caller.organizationId(), caller.get().userId(), ProfileChange.read(body)));
    }

    @PATCH
    @Operation(summary = "Change the profile (as PUT)")
    public ProfileView patch(JsonNode body) {
        return update(body);
    }
}
