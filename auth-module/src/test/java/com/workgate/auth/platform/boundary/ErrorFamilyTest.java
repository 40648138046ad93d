package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorFamilyTest {

    @Test
    void theTokenEndpointIsKnownWithOrWithoutItsSlashes() {
        assertTrue(ErrorFamily.isOAuthTokenPath("/v1/auth/token"));
        assertTrue(ErrorFamily.isOAuthTokenPath("v1/auth/token"));
        assertTrue(ErrorFamily.isOAuthTokenPath("/v1/auth/token/"));
        assertFalse(ErrorFamily.isOAuthTokenPath("/v1/auth"));
        assertFalse(ErrorFamily.isOAuthTokenPath("/v1/auth/tokens"));
        assertFalse(ErrorFamily.isOAuthTokenPath("/api/v1/auth/token"));
    }
}
