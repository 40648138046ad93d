package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ApiException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (404, 405, 406, 415, 413...) in the family's shape, keeping their headers ({@code Allow}). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        ApiException problem = new ApiException(status.getStatusCode(), message(exception, status));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            problem.header(HttpHeaders.ALLOW, allow);
        }
        return ErrorFamily.of(resource, uri == null ? null : uri.getPath()).answer(problem);
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
