package com.workgate.auth.token.control;

import com.workgate.auth.apikey.entity.Role;

/** Whom a token speaks for: an API key of an organization, optionally inside a signed-header session. */
public record TokenSubject(String apiKeyId, long organizationId, Role role, String sessionId) {
}
