package com.workgate.auth.caller.boundary;

import jakarta.ws.rs.Path;

/** The TimeClock API ({@code /api}) is called by people, not API keys: no role applies there (terminals excepted). */
final class UserRoutes {

    private UserRoutes() {
    }

    static boolean isUserRoute(Class<?> resourceClass) {
        Path path = resourceClass.getAnnotation(Path.class);
        if (path == null) {
            return false;
        }
        String value = path.value().startsWith("/") ? path.value().substring(1) : path.value();
        return value.equals("api") || value.startsWith("api/");
    }
}
