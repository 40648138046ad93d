package com.example.shiftreports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reports only warehouse readers may see: a Workgate token of a WAREHOUSE (or ALL) key gets in, others get 403. */
@Path("shift-reports")
@RequestScoped
public class ShiftReportsResource {

    @Inject
    JsonWebToken caller;

    @GET
    @RolesAllowed({"WAREHOUSE", "ALL"})
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> mine() {
        return Map.of("apiKey", caller.getName(), "roles", caller.getGroups(), "issuer", caller.getIssuer(),
                "organization", String.valueOf(caller.<Object>getClaim("org")));
    }
}
