package com.workgate.auth.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The PostgreSQL driver's side of {@link InvalidationListener}, in a class of its own so that the driver's classes
 * are loaded only on PostgreSQL.
 */
final class PostgresNotifications {

    private final Statement statement;
    private final PGConnection connection;

    /** Starts listening on the channel, on a connection the caller keeps open (and closes). */
    PostgresNotifications(Connection connection, String channel) throws SQLException {
        this.statement = connection.createStatement();
        this.statement.execute("LISTEN " + channel);
        this.connection = connection.unwrap(PGConnection.class);
    }

    /** The payloads received, waiting at most {@code timeoutMillis} for the first. */
    List<String> await(int timeoutMillis) throws SQLException {
        PGNotification[] received = connection.getNotifications(timeoutMillis);
        List<String> payloads = new ArrayList<>();
        if (received != null) {
            for (PGNotification notification : received) {
                payloads.add(notification.getParameter());
            }
        }
        return payloads;
    }

    /** A round trip, so that a connection that died without a word is noticed. */
    void ping() throws SQLException {
        statement.execute("select 1");
    }
}
