package com.workgate.auth.platform.boundary;

import com.workgate.auth.scim.boundary.ScimErrorBody;
import com.workgate.auth.scim.boundary.ScimMedia;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The error shape a request's path calls for, for the few places that answer before a JAX-RS exception mapper
 * can: TimeClock (Yii) on {@code /api}, RFC 6749 on {@code /v1/auth/token}, SCIM's on {@code /scim}, the Calven shape everywhere else.
 */
public final class ErrorFamily {

    static final String OAUTH_PATH = "/v1/auth/token";

    private ErrorFamily() {
    }

    /** {@code path} below the context root, with or without its leading slash. */
    public static Response response(String path, int status, String message) {
        return Response.status(status(path, status)).type(MediaType.APPLICATION_JSON_TYPE).entity(body(path, status, message))
                .build();
    }

    static int status(String path, int status) {
        return isOAuthTokenPath(path) ? 400 : status;
    }

    static Object body(String path, int status, String message) {
        if (ScimMedia.isScimPath(path)) {
            return ScimErrorBody.of(status, message);
        }
        if (TimeClockErrorBody.isTimeClockPath(path)) {
            return TimeClockErrorBody.body(status, message);
        }
        if (isOAuthTokenPath(path)) {
            return Map.of("error", "invalid_request", "error_description", message);
        }
        return new ErrorBody(status, message, List.of());
    }

    /** {@code /v1/auth/token}, whose errors RFC 6749 shapes; {@code path} with or without its leading slash. */
    public static boolean isOAuthTokenPath(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        return absolute.equals(OAUTH_PATH) || absolute.equals(OAUTH_PATH + "/");
    }
}
