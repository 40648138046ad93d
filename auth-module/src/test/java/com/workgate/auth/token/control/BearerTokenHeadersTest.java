package com.workgate.auth.token.control;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bearer token is read from {@code Authorization} and, as the 2023 Calven documents send it, {@code Authentication}. */
class BearerTokenHeadersTest {

    @Test
    void authorizationBearerIsRead() {
        assertEquals(Optional.of("a.b.c"), BearerTokenScheme.bearerToken("Bearer a.b.c", null));
        assertEquals(Optional.of("a.b.c"), BearerTokenScheme.bearerToken("bearer  a.b.c ", null));
    }

    @Test
    void authenticationBearerOrBareTokenIsReadToo() {
        assertEquals(Optional.of("a.b.c"), BearerTokenScheme.bearerToken(null, "Bearer a.b.c"));
        assertEquals(Optional.of("a.b.c"), BearerTokenScheme.bearerToken(null, "a.b.c"));
    }

    @Test
    void authorizationWinsWhenBothAreSent() {
        assertEquals(Optional.of("first"), BearerTokenScheme.bearerToken("Bearer first", "Bearer second"));
    }

    @Test
    void basicCredentialsAreNotABearerToken() {
        assertEquals(Optional.empty(), BearerTokenScheme.bearerToken("Basic dXNlcjpwYXNz", null));
        assertEquals(Optional.empty(), BearerTokenScheme.bearerToken(null, "Basic dXNlcjpwYXNz"));
        assertEquals(Optional.empty(), BearerTokenScheme.bearerToken(null, null));
    }

}
