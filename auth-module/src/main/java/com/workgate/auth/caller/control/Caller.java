package com.workgate.auth.caller.control;

import com.workgate.auth.apikey.entity.Role;

/**
 * Who is calling: always an organization; an API key with its role for the integration API, or a user for the
 * TimeClock API.
 */
public record Caller(long organizationId, String apiKeyId, Role role, Long userId, String sessionId) {

    public static Caller ofApiKey(long organizationId, String apiKeyId, Role role, String sessionId) {
        return new Caller(organizationId, apiKeyId, role, null, sessionId);
    }

    public static Caller ofUser(long organizationId, long userId) {
        return new Caller(organizationId, null, null, userId, null);
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }
}
