package com.workgate.auth.token.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.SystemOrganization;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.token.control.SigningKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The token signing keys of the whole server, and their rotation (system organization only). */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/signing-keys")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeysResource {

    @Inject
    SigningKeys signingKeys;

    @GET
    @Operation(summary = "The key ring: the public keys that verify tokens (as the JWKS has them) and the one that signs")
    @SystemOrganization
    public Map<String, Object> list() {
        return Map.of("keys", signingKeys.publicJwks(), "signingKid", signingKeys.signingKey().kid());
    }

    @POST
    @Path("rotate")
    @Operation(summary = "Sign new tokens with a fresh key; tokens signed before verify until they expire")
    @SystemOrganization
    public Map<String, String> rotate() {
        return Map.of("kid", signingKeys.rotate());
    }
}
