package com.workgate.auth.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A unique-key race lost in the database is a 409; a database that cannot be reached is a 503
 * with {@code Retry-After}; anything left is logged and answered 500 without details.
 * <p>
 * "Cannot be reached" is: no connection from the pool in time ({@code jakarta.resource}), a connection refused or
 * broken (SQL state class 08, Hibernate's {@code JDBCConnectionException}), or a server shutting down or starting
 * up (class 57P: admin shutdown, crash shutdown, cannot connect now).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    /** About how long a PostgreSQL restart or a failover takes; clients should not hammer a database coming back. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return body(409, "The request conflicts with an existing record");
            }
            if (meansDatabaseUnavailable(cause)) {
                return unavailable(exception);
            }
        }
        LOG.log(Level.SEVERE, "unexpected error", exception);
        return body(500, "Internal error");
    }

    static boolean meansDatabaseUnavailable(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        String type = cause.getClass().getName();
        return cause instanceof SQLTransientConnectionException || type.startsWith("jakarta.resource.")
                || type.equals("org.hibernate.exception.JDBCConnectionException");
    }

    private Response unavailable(Throwable exception) {
        LOG.log(Level.WARNING, "database unavailable: {0}", exception.toString());
        String message = "The database is unavailable; try again shortly";
        Response answer = isOAuthTokenPath()
                ? Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .entity(Map.of("error", "temporarily_unavailable", "error_description", message)).build()
                : body(503, message);
        return Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** {@code POST /v1/auth/token} answers in RFC 6749's shape, even when it cannot answer at all. */
    private boolean isOAuthTokenPath() {
        if (uri == null) {
            return false;
        }
        String path = uri.getPath();
        return (path.startsWith("/") ? path.substring(1) : path).equals("v1/auth/token");
    }

    /** In the shape of the API family the request was for. */
    private Response body(int status, String message) {
        return uri != null && TimeClockErrorBody.isTimeClockPath(uri)
                ? TimeClockErrorBody.response(status, message) : ErrorBody.response(status, message);
    }
}
