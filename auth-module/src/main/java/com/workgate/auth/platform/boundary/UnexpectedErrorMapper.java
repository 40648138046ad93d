package com.workgate.auth.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A unique-key race lost in the database is a 409; a database that cannot be reached is a 503
 * with {@code Retry-After}; anything left is logged and answered 500 without details.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().equals("23505")) {
                    return body(409, "The request conflicts with an existing record");
                }
                if (sql.getSQLState().startsWith("08")) {
                    return unavailable(exception);
                }
            }
            if (cause.getClass().getName().startsWith("jakarta.resource.")) {
                return unavailable(exception);
            }
        }
        LOG.log(Level.SEVERE, "unexpected error", exception);
        return body(500, "Internal error");
    }

    private Response unavailable(Throwable exception) {
        LOG.log(Level.WARNING, "database unavailable: {0}", exception.toString());
        return Response.fromResponse(body(503, "The database is unavailable; try again shortly"))
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    /** In the shape of the API family the request was for. */
    private Response body(int status, String message) {
        return uri != null && TimeClockErrorBody.isTimeClockPath(uri)
                ? TimeClockErrorBody.response(status, message) : ErrorBody.response(status, message);
    }
}
