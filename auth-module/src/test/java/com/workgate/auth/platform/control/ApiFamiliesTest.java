package com.workgate.auth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ApiFamiliesTest {

    @Test
    void everyPathHasOneFamily() {
        assertEquals("auth", ApiFamilies.family("/v1/auth"));
        assertEquals("auth", ApiFamilies.family("/v1/auth/token"));
        assertEquals("auth", ApiFamilies.family("/v1/sessions/abc"));
        assertEquals("admin", ApiFamilies.family("/v1/admin/users/7"));
        assertEquals("warehouse", ApiFamilies.family("/v1/analytics/users/basic"));
        assertEquals("events", ApiFamilies.family("/v1/presence/basic"));
        assertEquals("timeclock", ApiFamilies.family("/api/sessions"));
        assertEquals("scim", ApiFamilies.family("/scim/v2/Users"));
        assertEquals("other", ApiFamilies.family("/openapi"));
        assertEquals("other", ApiFamilies.family("/api"));
    }

    @Test
    void tokenEndpointsNameTheirScheme() {
        assertEquals("hmac", ApiFamilies.tokenScheme("/v1/auth"));
        assertEquals("hmac", ApiFamilies.tokenScheme("/v1/auth/"));
        assertEquals("client_credentials", ApiFamilies.tokenScheme("/v1/auth/token"));
        assertEquals("signed_headers", ApiFamilies.tokenScheme("/v1/sessions"));
        assertEquals("pin", ApiFamilies.tokenScheme("/api/key"));
        assertNull(ApiFamilies.tokenScheme("/v1/sessions/abc"));
        assertNull(ApiFamilies.tokenScheme("/v1/presence"));
    }
}
