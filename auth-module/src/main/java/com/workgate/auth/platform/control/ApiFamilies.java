package com.workgate.auth.platform.control;

/** Which API family a request path belongs to, and which credential scheme a token endpoint speaks. */
public final class ApiFamilies {

    private ApiFamilies() {
    }

    /** {@code auth}, {@code admin}, {@code events}, {@code warehouse}, {@code timeclock}, {@code scim} or {@code other}. */
    public static String family(String path) {
        if (path.startsWith("/scim/")) {
            return "scim";
        }
        if (path.startsWith("/api/")) {
            return "timeclock";
        }
        if (!path.startsWith("/v1/")) {
            return "other";
        }
        if (path.startsWith("/v1/auth") || path.startsWith("/v1/sessions")) {
            return "auth";
        }
        if (path.startsWith("/v1/admin/")) {
            return "admin";
        }
        if (path.startsWith("/v1/analytics/")) {
            return "warehouse";
        }
        return "events";
    }

    /** The scheme of a token endpoint, or null for paths that issue no tokens. */
    public static String tokenScheme(String path) {
        String plain = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return switch (plain) {
            case "/v1/auth" -> "hmac";
            case "/v1/auth/token" -> "client_credentials";
            case "/v1/sessions" -> "signed_headers";
            case "/api/key", "/api/key/grant" -> "pin";
            default -> null;
        };
    }
}
