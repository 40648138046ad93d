package com.workgate.auth.token.control;

import java.time.Instant;

public record IssuedToken(String token, Instant expiresAt) {
}
