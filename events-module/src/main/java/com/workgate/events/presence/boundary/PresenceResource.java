package com.workgate.events.presence.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.events.ingest.boundary.LocatedEventResource;
import com.workgate.events.ingest.control.LocatedEventKind;
import com.workgate.events.presence.control.PresenceKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Presence events: a person detected at a place. */
@MetricsFamily(Family.EVENTS)
@Path("v1/presence")
@AllowedRoles({Role.EVENTS, Role.ALL})
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource extends LocatedEventResource {

    @Inject
    PresenceKind kind;

    @Override
    protected LocatedEventKind<?> kind() {
        return kind;
    }
}
