package com.workgate.timeclock.common.control;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.Objects;

/** A request that breaks a rule; the boundary answers 422 with {@code [error]}. */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FieldError error;

    public FieldValidationException(FieldError error) {
        super(Objects.requireNonNull(error, "error").field() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
