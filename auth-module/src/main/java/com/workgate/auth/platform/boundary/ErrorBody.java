package com.workgate.auth.platform.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.workgate.auth.platform.control.ApiException.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The error shape of the integration and admin APIs: a status, a sentence, and the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(int status, String message, List<FieldError> errors) {

    public static Response response(int status, String message) {
        return response(status, message, List.of());
    }

    public static Response response(int status, String message, List<FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, message, errors)).build();
    }
}
