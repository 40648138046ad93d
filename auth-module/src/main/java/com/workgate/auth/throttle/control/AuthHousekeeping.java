package com.workgate.auth.throttle.control;

import com.workgate.auth.token.control.TokenReplayMemory;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/** Forgets replay entries and failure counters that can no longer matter. Runs on every node; deletes are idempotent. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuthHousekeeping {

    @Inject
    TokenReplayMemory replays;

    @Inject
    FailureLedger failures;

    @Inject
    Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void purge() {
        replays.purge(clock.instant());
        failures.purge(clock.instant().minus(Duration.ofDays(1)));
    }
}
