package com.workgate.auth.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Receives the {@link ClusterInvalidation} messages of every server (on PostgreSQL) on one connection of its own,
 * in one thread of the server's, and fires each as a {@link CacheInvalidation} event that the caches observe.
 * Whenever it is not listening (starting, a lost connection) messages may be missed, so every cache is cleared
 * once it listens again: PostgreSQL stays the only source of truth, and a cache entry lives about a second anyway.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class InvalidationListener {

    private static final Logger LOG = Logger.getLogger(InvalidationListener.class.getName());
    private static final int WAIT_MILLIS = 1000;
    private static final Duration PING_EVERY = Duration.ofSeconds(10);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    ClusterInvalidation cluster;

    @Inject
    Event<CacheInvalidation> invalidations;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    @PostConstruct
    void start() {
        try {
            if (!cluster.onPostgres()) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot tell which database this is; no invalidation messages from other servers", e);
            return;
        }
        running = true;
        thread = threads.newThread(this::listen);
        thread.setName("workgate-invalidation-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(WAIT_MILLIS * 3L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether this server receives the other servers' messages now. */
    public boolean isListening() {
        return listening;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                PostgresNotifications notifications = new PostgresNotifications(connection, ClusterInvalidation.CHANNEL);
                listening = true;
                invalidations.fire(CacheInvalidation.all());
                if (warned) {
                    LOG.info("listening for other servers' cache invalidations again");
                    warned = false;
                }
                Instant lastRoundTrip = Instant.now();
                while (running) {
                    for (String payload : notifications.await(WAIT_MILLIS)) {
                        invalidations.fire(CacheInvalidation.parse(payload));
                    }
                    if (Instant.now().isAfter(lastRoundTrip.plus(PING_EVERY))) {
                        notifications.ping();
                        lastRoundTrip = Instant.now();
                    }
                }
            } catch (Exception | LinkageError e) {
                listening = false;
                if (!running) {
                    return;
                }
                invalidations.fire(CacheInvalidation.all());
                if (e instanceof LinkageError) {
                    LOG.log(Level.WARNING, "the PostgreSQL driver's classes are not visible to the application (module "
                            + "org.postgresql); other servers' changes are seen when cache entries expire", e);
                    return;
                }
                if (!warned) {
                    LOG.log(Level.WARNING, "not listening for other servers' cache invalidations; retrying every second", e);
                    warned = true;
                }
                try {
                    Thread.sleep(RECONNECT_AFTER.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                listening = false;
            }
        }
    }
}
