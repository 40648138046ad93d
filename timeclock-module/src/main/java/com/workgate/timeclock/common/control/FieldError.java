package com.workgate.timeclock.common.control;

import java.util.Objects;

/** One validation failure as the TimeClock API reports it: {@code {"field": "...", "message": "..."}}. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
