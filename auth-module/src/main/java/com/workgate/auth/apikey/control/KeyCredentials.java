package com.workgate.auth.apikey.control;

import com.workgate.auth.apikey.entity.KeyAuthentication;
import com.workgate.auth.apikey.entity.Role;
import java.util.List;

/** What verifying a request needs of an active key: whose it is, what it may do, and its secrets in clear. */
public record KeyCredentials(String apiKeyId, long organizationId, String accountName, Role role,
                             KeyAuthentication authentication, List<String> secrets) {
}
