package com.workgate.auth.platform.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.List;

/** The error shape of the integration and admin APIs ({@link ErrorFamily#CALVEN}): a status, a sentence, and the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(int status, String message, List<FieldError> errors) {
}
