package com.workgate.auth.audit.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Forgets audit entries older than {@code workgate.audit.retention-days}. Runs hourly on every node. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditRetention {

    @Inject
    @ConfigProperty(name = "workgate.audit.retention-days", defaultValue = "365")
    int retentionDays;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Schedule(minute = "17", hour = "*", persistent = false)
    void purge() {
        trail.purgeBefore(clock.instant().minus(Duration.ofDays(Math.max(1, retentionDays))));
    }
}
