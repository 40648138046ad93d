package com.workgate.timeclock.offtime.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.events.actions.control.ChangedBy;
import com.workgate.timeclock.offtime.control.OffTimes;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Approval of off-times by the organization's administrators. */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/off-times/{id}")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminOffTimesResource {

    @Inject
    OffTimes offTimes;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("approve")
    @Operation(summary = "Approve an off-time; an approved vacation makes its days away")
    public OffTimeView approve(@PathParam("id") String id) {
        return OffTimeView.of(offTimes.decide(caller.organizationId(), id, true, ChangedBy.of(caller.get())));
    }

    @POST
    @Path("deny")
    @Operation(summary = "Deny an off-time")
    public OffTimeView deny(@PathParam("id") String id) {
        return OffTimeView.of(offTimes.decide(caller.organizationId(), id, false, ChangedBy.of(caller.get())));
    }
}
