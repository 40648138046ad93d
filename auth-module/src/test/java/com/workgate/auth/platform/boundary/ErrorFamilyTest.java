package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.scim.boundary.ScimErrorBody;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorFamilyTest {

    private static final ApiException MISSING_EMAIL = ApiException.badRequest("email", "is required");

    @Test
    void calvenHasStatusMessageAndFields() {
        Response answer = ErrorFamily.CALVEN.answer(MISSING_EMAIL);
        assertEquals(400, answer.getStatus());
        assertEquals("application/json", answer.getMediaType().toString());
        assertEquals(new ErrorBody(400, "email: is required", List.of(new ApiException.FieldError("email", "is required"))),
                answer.getEntity());
    }

    @Test
    void oauthHasAnRfc6749CodeAndIsNeverCached() {
        Response answer = ErrorFamily.OAUTH.answer(new ApiException(401, "Invalid client").code("invalid_client")
                .header("WWW-Authenticate", "Basic realm=\"workgate\""));
        assertEquals(401, answer.getStatus());
        assertEquals(Map.of("error", "invalid_client", "error_description", "Invalid client"), answer.getEntity());
        assertEquals("no-store", answer.getHeaderString("Cache-Control"));
        assertEquals("Basic realm=\"workgate\"", answer.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void oauthCodesFollowTheStatusWhenTheProblemHasNone() {
        assertEquals("invalid_request", ((Map<?, ?>) ErrorFamily.OAUTH.answer(MISSING_EMAIL).getEntity()).get("error"));
        assertEquals("invalid_request", ((Map<?, ?>) ErrorFamily.OAUTH.answer(415, "charset").getEntity()).get("error"));
        assertEquals("temporarily_unavailable",
                ((Map<?, ?>) ErrorFamily.OAUTH.answer(503, "database").getEntity()).get("error"));
        assertEquals("server_error", ((Map<?, ?>) ErrorFamily.OAUTH.answer(500, "Internal error").getEntity()).get("error"));
        assertEquals(415, ErrorFamily.OAUTH.answer(415, "charset").getStatus());
    }

    @Test
    void timeClockAnswersAsYii() {
        Response answer = ErrorFamily.TIMECLOCK.answer(new ApiException(403, "Invalid token provided"));
        assertEquals(403, answer.getStatus());
        assertEquals(Map.of("name", "Forbidden", "message", "Invalid token provided", "code", 0, "status", 403),
                answer.getEntity());
        assertNull(answer.getHeaderString("Cache-Control"));
    }

    @Test
    void scimHasItsSchemaAndMediaType() {
        Response answer = ErrorFamily.SCIM.answer(MISSING_EMAIL);
        assertEquals("application/scim+json", answer.getMediaType().toString());
        assertEquals(ScimErrorBody.of(400, "invalidValue", "email: is required"), answer.getEntity());
        assertEquals(ScimErrorBody.of(409, "uniqueness", "taken"), ErrorFamily.SCIM.answer(409, "taken").getEntity());
    }

    @Test
    void theProblemsHeadersTravelInEveryFamily() {
        for (ErrorFamily family : ErrorFamily.values()) {
            Response answer = family.answer(new ApiException(503, "down").header("Retry-After", 5));
            assertEquals("5", answer.getHeaderString("Retry-After"), family.name());
        }
    }

    @Test
    void aResourceClassWithoutFamilyIsOfTheIntegrationApi() {
        assertEquals(ErrorFamily.CALVEN, ErrorFamily.of(String.class));
        assertEquals(ErrorFamily.OAUTH, ErrorFamily.of(ResourceRootsTest.Token.class));
    }
}
