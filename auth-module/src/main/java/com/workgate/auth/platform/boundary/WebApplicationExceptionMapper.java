package com.workgate.auth.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** JAX-RS's own refusals (404, 405, 406, 415, 413...) in our JSON shape, keeping their headers ({@code Allow}). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        Response body = ErrorFamily.isOAuthTokenPath(uri.getPath())
                ? Response.status(status.getStatusCode()).type(MediaType.APPLICATION_JSON_TYPE)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .entity(Map.of("error", "invalid_request", "error_description", message(exception, status))).build()
                : TimeClockErrorBody.isTimeClockPath(uri)
                ? TimeClockErrorBody.response(status.getStatusCode(), message(exception, status))
                : ErrorBody.response(status.getStatusCode(), message(exception, status));
        Response.ResponseBuilder answer = Response.fromResponse(body);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    private static String message(WebApplicationException exception, Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed";
            case 415 -> "Unsupported content type; send application/json";
            case 413 -> exception.getMessage();
            default -> status.getReasonPhrase();
        };
    }
}
