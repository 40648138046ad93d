package com.workgate.timeclock.common.boundary;

import com.workgate.timeclock.common.control.FieldValidationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A TimeClock validation failure: 422 with {@code [{"field": ..., "message": ...}]}, as Yii answers. */
@Provider
public class ValidationErrorMapper implements ExceptionMapper<FieldValidationException> {

    @Override
    public Response toResponse(FieldValidationException exception) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(List.of(exception.error())).build();
    }
}
