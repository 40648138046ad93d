package com.workgate.auth.token.control;

import com.workgate.auth.apikey.entity.Role;
import java.time.Instant;

public record VerifiedToken(String apiKeyId, long organizationId, Role role, String sessionId, Instant expiresAt) {
}
