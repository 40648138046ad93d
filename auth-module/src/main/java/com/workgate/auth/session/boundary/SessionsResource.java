package com.workgate.auth.session.boundary;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.platform.boundary.IssuesTokens;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.session.control.ApiSessions;
import com.workgate.auth.session.control.ApiSessions.OpenSession;
import com.workgate.auth.signed.control.SignedHeadersRefusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/sessions}: a client that signed one request gets a bearer token to go on with. */
@MetricsFamily(Family.AUTH)
@Path("v1/sessions")
@AcceptedCredentials(CredentialKind.SIGNED_HEADERS)
@AllowedRoles({Role.EVENTS, Role.VISITOR, Role.WAREHOUSE, Role.ALL})
@SecurityRequirement(name = "signedHeaders")
@Tag(name = "Tokens")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    public record SessionView(@JsonProperty("session_id") String sessionId, Instant expiration,
                              @JsonProperty("api_key") String apiKey, @JsonProperty("api_token") String apiToken) {
        static SessionView of(OpenSession session) {
            return new SessionView(session.sessionId(), session.expiration(), session.apiKey(), session.apiToken());
        }
    }

    @Inject
    ApiSessions sessions;

    @Inject
    CurrentCaller caller;

    @IssuesTokens("signed_headers")
    @POST
    @APIResponse(responseCode = "200", description = "The session", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "403", description = "Signed headers missing or wrong; error names which header to recheck",
            content = @Content(schema = @Schema(implementation = SignedHeadersRefusal.class)))
    @Operation(summary = "Open an API session; its api_token is a bearer token for the same key")
    public SessionView open() {
        return SessionView.of(sessions.open(caller.get()));
    }

    @IssuesTokens("signed_headers")
    @GET
    @APIResponse(responseCode = "200", description = "The session", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "403", description = "Signed headers missing or wrong; error names which header to recheck",
            content = @Content(schema = @Schema(implementation = SignedHeadersRefusal.class)))
    @Operation(summary = "Open an API session (as POST, for clients that only GET)")
    public SessionView openByGet() {
        return open();
    }

    @GET
    @Path("{sessionId}")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "403", description = "Signed headers missing or wrong; error names which header to recheck",
            content = @Content(schema = @Schema(implementation = SignedHeadersRefusal.class)))
    @APIResponse(responseCode = "404", description = "Expired, revoked, or another key's session",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @Operation(summary = "The session while it is valid; 404 after expiry or revocation")
    public SessionView get(@PathParam("sessionId") String sessionId) {
        return SessionView.of(sessions.get(caller.get(), sessionId));
    }

    @DELETE
    @Path("{sessionId}")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "Signed headers missing or wrong; error names which header to recheck",
            content = @Content(schema = @Schema(implementation = SignedHeadersRefusal.class)))
    @APIResponse(responseCode = "404", description = "Expired, revoked, or another key's session",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @Operation(summary = "Revoke the session; its token is refused from then on")
    public Response revoke(@PathParam("sessionId") String sessionId) {
        sessions.revoke(caller.get(), sessionId);
        return Response.noContent().build();
    }
}
