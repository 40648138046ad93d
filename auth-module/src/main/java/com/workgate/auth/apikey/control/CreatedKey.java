package com.workgate.auth.apikey.control;

import com.workgate.auth.apikey.entity.ApiKey;

/** A key as just created or rotated: the only moment its secret is known in clear. */
public record CreatedKey(ApiKey key, String secret) {
}
