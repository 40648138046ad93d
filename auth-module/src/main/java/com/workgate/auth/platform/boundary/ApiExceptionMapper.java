package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ApiException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ApiException exception) {
        if (TimeClockErrorBody.isTimeClockPath(uri)) {
            return TimeClockErrorBody.response(exception.status(), exception.getMessage());
        }
        return ErrorBody.response(exception.status(), exception.getMessage(), exception.fieldErrors());
    }
}
