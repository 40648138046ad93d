package com.workgate.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.workgate.client.WorkgateApiException.FieldError;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each API family's error body arrives in the exception. */
class ErrorBodyTest {

    private final FakeServer server;

    ErrorBodyTest() throws IOException {
        server = new FakeServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void calvenStyleErrorsCarryStatusMessageAndFields() {
        String body = "{\"status\":400,\"code\":\"invalid_request\",\"message\":\"email: must not be blank\","
                + "\"errors\":[{\"field\":\"email\",\"message\":\"must not be blank\"}]}";
        server.on("/v1/admin/users", (exchange, request) -> FakeServer.json(exchange, 400, body));
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).signedHeaders("acme", "k", "s").build()) {
            WorkgateApiException error = assertThrows(WorkgateApiException.class,
                    () -> api.admin().createUser(AdminApi.NewUser.of("", "A", "B")));
            assertEquals(400, error.status());
            assertEquals("invalid_request", error.code());
            assertEquals("email: must not be blank", error.serverMessage());
            assertEquals(List.of(new FieldError("email", "must not be blank")), error.fieldErrors());
            assertEquals(body, error.body());
        }
    }

    @Test
    void oauthErrorsCarryTheRfc6749Code() {
        server.on("/v1/auth/token", (exchange, request) -> FakeServer.json(exchange, 401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).clientCredentials("id", "wrong").build()) {
            WorkgateApiException error = assertThrows(WorkgateApiException.class, () -> api.admin().users());
            assertEquals(401, error.status());
            assertEquals("invalid_client", error.code());
            assertEquals("Client authentication failed", error.serverMessage());
        }
        assertEquals(0, server.count("/v1/admin"), "no call without a token");
        assertEquals(1, server.count("/v1/auth/token"), "refused credentials are not tried again");
    }

    @Test
    void timeClockValidationErrorsCarryTheFields() {
        server.on("/api/sessions", (exchange, request) -> FakeServer.json(exchange, 422,
                "[{\"field\":\"clockOut\",\"message\":\"Clock Out must be greater than \\\"Clock In\\\".\"}]"));
        server.on("/api/profile", (exchange, request) -> FakeServer.json(exchange, 403,
                "{\"name\":\"Forbidden\",\"message\":\"Invalid token provided\",\"code\":0,\"status\":403}"));
        try (TimeClockApi api = TimeClockApi.of(server.uri(), 1, "key")) {
            WorkgateApiException invalid = assertThrows(WorkgateApiException.class, () -> api.createSession(100, 50L, null));
            assertEquals(422, invalid.status());
            assertEquals(List.of(new FieldError("clockOut", "Clock Out must be greater than \"Clock In\".")), invalid.fieldErrors());
            WorkgateApiException forbidden = assertThrows(WorkgateApiException.class, api::profile);
            assertEquals("Forbidden", forbidden.code());
            assertEquals("Invalid token provided", forbidden.serverMessage());
        }
    }
}
