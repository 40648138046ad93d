package com.workgate.auth.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Tells every server of a cluster that a cached value changed, through PostgreSQL's {@code NOTIFY} in the
 * transaction that changes it: PostgreSQL delivers the message when (and only if) that transaction commits, so a
 * server that drops its entry on the message and reads again sees the change. {@link InvalidationListener}
 * receives the messages on each server, this one included. On H2 (one server) there is nobody to tell.
 */
@ApplicationScoped
public class ClusterInvalidation {

    public static final String CHANNEL = "workgate_invalidation";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private volatile Boolean postgres;

    /** Sends the message with the current transaction (at once when there is none). */
    public void publish(String kind, String id) {
        if (!onPostgres()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, new CacheInvalidation(kind, id).payload());
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the other servers that " + kind + " " + id + " changed", e);
        }
    }

    /** Whether the application's database is PostgreSQL (the only one with several servers on it). */
    public boolean onPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
            postgres = known;
        }
        return known;
    }
}
