package com.workgate.events.visitor.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.events.ingest.boundary.LocatedEventResource;
import com.workgate.events.ingest.control.LocatedEventKind;
import com.workgate.events.visitor.control.VisitorKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Visitor arrivals; a known host sees them in their user actions log. */
@MetricsFamily(Family.EVENTS)
@Path("v1/visitor-arrival")
@AllowedRoles({Role.VISITOR, Role.EVENTS, Role.ALL})
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VisitorResource extends LocatedEventResource {

    @Inject
    VisitorKind kind;

    @Override
    protected LocatedEventKind<?> kind() {
        return kind;
    }
}
