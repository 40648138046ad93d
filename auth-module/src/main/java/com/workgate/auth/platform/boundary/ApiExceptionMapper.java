package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ApiException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A problem thrown by a control, a resource or a filter, in the shape of the request's API family. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(ApiException exception) {
        return ErrorFamily.of(resource, uri == null ? null : uri.getPath()).answer(exception);
    }
}
