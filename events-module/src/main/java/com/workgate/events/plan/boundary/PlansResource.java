package com.workgate.events.plan.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.DateBounds;
import com.workgate.auth.user.entity.PlanKind;
import com.workgate.events.actions.control.ChangedBy;
import com.workgate.events.plan.control.DayPlans;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's plan for one day. */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/users/{userId}/plans")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    public record PlanRequest(String plan) {
    }

    public record PlanView(long userId, LocalDate day, String plan) {
    }

    @Inject
    DayPlans dayPlans;

    @Inject
    CurrentCaller caller;

    @PUT
    @Path("{day}")
    @Operation(summary = "Set a person's plan for a day (o office, r remote, a away)")
    public PlanView set(@PathParam("userId") long userId, @PathParam("day") String day, PlanRequest request) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("day", "\"" + day + "\" is not a date of the form YYYY-MM-DD");
        }
        DateBounds.require(date, "day");
        if (request == null || request.plan() == null) {
            throw ApiException.badRequest("plan", "is required");
        }
        PlanKind plan;
        try {
            plan = PlanKind.fromLetter(request.plan());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("plan", e.getMessage());
        }
        dayPlans.set(caller.organizationId(), userId, date, plan, ChangedBy.of(caller.get()));
        return new PlanView(userId, date, String.valueOf(plan.letter()));
    }
}
