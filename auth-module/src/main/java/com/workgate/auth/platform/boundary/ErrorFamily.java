package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.scim.boundary.ScimErrorBody;
import com.workgate.auth.scim.boundary.ScimMedia;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error shapes of the API families, one renderer each. Which family a request belongs to is the
 * {@link ApiFamily} of its resource class, or for a request that matched none, of the resources it shares its path
 * with ({@link ResourceRoots}). Signed-header refusals are the scheme's own answer on any family
 * ({@code SignedHeadersScheme.refusal}).
 */
public enum ErrorFamily {

    /** The integration and admin API: {@code {"status", "message", "errors"?: [{"field", "message"}]}}. */
    CALVEN {
        @Override
        Object body(ApiException problem) {
            return new ErrorBody(problem.status(), problem.getMessage(), problem.fieldErrors());
        }
    },
    /** The token endpoint, RFC 6749 section 5.2: {@code {"error", "error_description"}}, never cached. */
    OAUTH {
        @Override
        Object body(ApiException problem) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", problem.code() != null ? problem.code() : defaultCode(problem.status()));
            body.put("error_description", problem.getMessage());
            return body;
        }

        @Override
        Response.ResponseBuilder headers(Response.ResponseBuilder answer) {
            return answer.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }

        private static String defaultCode(int status) {
            return status == 503 ? "temporarily_unavailable" : status >= 500 ? "server_error" : "invalid_request";
        }
    },
    /** The TimeClock API, as Yii answers: {@code {"name", "message", "code": 0, "status"}}. */
    TIMECLOCK {
        @Override
        Object body(ApiException problem) {
            return TimeClockErrorBody.body(problem.status(), problem.getMessage());
        }
    },
    /** SCIM 2.0, RFC 7644 section 3.12 ({@code ScimResponseFilter} negotiates its media type). */
    SCIM {
        @Override
        Object body(ApiException problem) {
            return problem.code() != null ? ScimErrorBody.of(problem.status(), problem.code(), problem.getMessage())
                    : ScimErrorBody.of(problem.status(), problem.getMessage());
        }

        @Override
        MediaType mediaType() {
            return ScimMedia.SCIM_JSON_TYPE;
        }
    };

    abstract Object body(ApiException problem);

    MediaType mediaType() {
        return MediaType.APPLICATION_JSON_TYPE;
    }

    Response.ResponseBuilder headers(Response.ResponseBuilder answer) {
        return answer;
    }

    /** The problem as this family answers it, with the problem's own headers. */
    public Response answer(ApiException problem) {
        Response.ResponseBuilder answer = Response.status(problem.status()).type(mediaType()).entity(body(problem));
        problem.headers().forEach(answer::header);
        return headers(answer).build();
    }

    public Response answer(int status, String message) {
        return answer(new ApiException(status, message));
    }

    /** The family of a resource class: its {@link ApiFamily}, else the integration API's. */
    public static ErrorFamily of(Class<?> resourceClass) {
        ApiFamily family = resourceClass.getAnnotation(ApiFamily.class);
        return family == null ? CALVEN : family.value();
    }

    /**
     * The family of a request: of the resource it matched where there is one, else of the deployed resources its
     * {@code path} (below the context root) shares.
     */
    public static ErrorFamily of(ResourceInfo resource, String path) {
        Class<?> matched = null;
        if (resource != null) {
            try {
                matched = resource.getResourceClass();
            } catch (RuntimeException notMatched) {
                // RESTEasy's proxy may refuse when nothing matched (404, 405, pre-matching filters)
            }
        }
        return matched != null ? of(matched) : ResourceRoots.DEPLOYED.familyOf(path == null ? "" : path);
    }
}
