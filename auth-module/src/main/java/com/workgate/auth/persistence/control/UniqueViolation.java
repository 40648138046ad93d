package com.workgate.auth.persistence.control;

import java.sql.SQLException;

/** Tells a unique key's refusal (SQL state 23505, on H2 and PostgreSQL alike) among the causes of a failure. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
