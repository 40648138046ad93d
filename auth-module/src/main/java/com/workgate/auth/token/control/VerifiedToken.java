package com.workgate.auth.token.control;

import com.workgate.auth.apikey.entity.Role;
import java.time.Instant;

/** A bearer token that verified: whom it speaks for, and all its claims as MicroProfile JWT shows them. */
public record VerifiedToken(String apiKeyId, long organizationId, Role role, String sessionId, Instant expiresAt,
                            TokenClaims claims) {
}
