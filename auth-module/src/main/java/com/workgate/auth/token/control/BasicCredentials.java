package com.workgate.auth.token.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** {@code Authorization: Basic base64(id:secret)} (RFC 7617). */
public record BasicCredentials(String id, String secret) {

    public static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Empty when the header is not Basic or not decodable into {@code id:secret}. */
    public static Optional<BasicCredentials> parse(String authorization) {
        if (!isBasic(authorization)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
