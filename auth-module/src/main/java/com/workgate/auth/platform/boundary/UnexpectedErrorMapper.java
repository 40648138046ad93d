package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ApiException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A unique-key race lost in the database is a 409; a database that cannot be reached, or a row
 * lock not granted in time (a lock timeout, a deadlock the database broke, a serialization failure), is a 503 with
 * {@code Retry-After}; anything left is logged and answered 500 without details.
 * <p>
 * "Cannot be reached" is: no connection from the pool in time ({@code jakarta.resource}), a connection refused or
 * broken (SQL state class 08, a connection exception such as H2's "database is already closed", Hibernate's
 * {@code JDBCConnectionException}), or a server shutting down or starting up (class 57P: admin shutdown, crash
 * shutdown, cannot connect now).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    /** About how long a PostgreSQL restart or a failover takes; clients should not hammer a database coming back. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(Throwable exception) {
        if (anyCause(exception, cause -> cause instanceof SQLException sql && "23505".equals(sql.getSQLState()))) {
            return body(409, "The request conflicts with an existing record");
        }
        if (anyCause(exception, UnexpectedErrorMapper::meansDatabaseUnavailable)) {
            return unavailable(exception, "The database is unavailable; try again shortly", RETRY_AFTER_SECONDS);
        }
        if (anyCause(exception, UnexpectedErrorMapper::meansRowBusy)) {
            return unavailable(exception, "Too many parallel changes of the same records; try again", "1");
        }
        LOG.log(Level.SEVERE, "unexpected error", exception);
        return body(500, "Internal error");
    }

    /**
     * Whether the exception, one of its causes, or one they suppressed matches. A commit that fails is a
     * {@code RollbackException} without a cause: the database's error is among its suppressed exceptions.
     */
    static boolean anyCause(Throwable exception, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(exception));
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (test.test(next)) {
                return true;
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return false;
    }

    static boolean meansDatabaseUnavailable(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        String type = cause.getClass().getName();
        return cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || type.startsWith("jakarta.resource.")
                || type.equals("org.hibernate.exception.JDBCConnectionException");
    }

    /**
     * A lock not granted: PostgreSQL's serialization failure (40001), deadlock (40P01) or lock timeout (55P03), H2's
     * lock timeout (HYT00) or deadlock (40001), or JPA's lock exceptions. The request changed nothing; again succeeds.
     */
    static boolean meansRowBusy(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return Set.of("40001", "40P01", "55P03", "HYT00").contains(sql.getSQLState());
        }
        return cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException;
    }

    private Response unavailable(Throwable exception, String message, String retryAfterSeconds) {
        LOG.log(Level.WARNING, "database unavailable or busy: {0}", exception.toString());
        return family().answer(new ApiException(503, message).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds));
    }

    private Response body(int status, String message) {
        return family().answer(status, message);
    }

    private ErrorFamily family() {
        return ErrorFamily.of(resource, uri == null ? null : uri.getPath());
    }
}
