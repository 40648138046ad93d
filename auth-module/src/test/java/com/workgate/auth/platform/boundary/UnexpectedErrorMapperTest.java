package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503, try again) rather than a fault of ours (500). */
class UnexpectedErrorMapperTest {

    @Test
    void connectionFailuresAndServerShutdownMeanUnavailable() {
        assertTrue(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLException("Connection refused", "08001")));
        assertTrue(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLException("I/O error", "08006")));
        assertTrue(UnexpectedErrorMapper.meansDatabaseUnavailable(
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLTransientConnectionException("pool timeout")));
        assertTrue(UnexpectedErrorMapper.meansDatabaseUnavailable(
                new SQLNonTransientConnectionException("Database is already closed", "90121")));
        assertTrue(UnexpectedErrorMapper.meansDatabaseUnavailable(new ResourceException("IJ000453: Unable to get managed connection")));
    }

    @Test
    void aFailedCommitNamesItsCauseOnlyAmongTheSuppressed() {
        Exception commitFailed = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        Exception localCommit = new IllegalStateException("IJ001156: Could not commit local transaction",
                new ResourceException("SQLException", new SQLException("Database is closed", "08006")));
        commitFailed.addSuppressed(localCommit);
        Exception wrapped = new RuntimeException("transactional interceptor", commitFailed);

        assertTrue(UnexpectedErrorMapper.anyCause(wrapped, UnexpectedErrorMapper::meansDatabaseUnavailable));
        assertFalse(UnexpectedErrorMapper.anyCause(new RuntimeException(new IllegalStateException("a bug")),
                UnexpectedErrorMapper::meansDatabaseUnavailable));
    }

    @Test
    void aCauseCycleEnds() {
        Exception first = new IllegalStateException("first");
        Exception second = new IllegalStateException("second", first);
        first.addSuppressed(second);
        assertFalse(UnexpectedErrorMapper.anyCause(second, UnexpectedErrorMapper::meansDatabaseUnavailable));
    }

    @Test
    void otherDatabaseErrorsAreNotUnavailability() {
        assertFalse(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLException("value too long", "22001")));
        assertFalse(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLException("canceling statement", "57014")));
        assertFalse(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLException("no state")));
        assertFalse(UnexpectedErrorMapper.meansDatabaseUnavailable(new IllegalStateException("a bug")));
    }

    @Test
    void aLockNotGrantedMeansBusyNotUnavailable() {
        assertTrue(UnexpectedErrorMapper.meansRowBusy(new SQLException("deadlock detected", "40P01")));
        assertTrue(UnexpectedErrorMapper.meansRowBusy(new SQLException("could not serialize access", "40001")));
        assertTrue(UnexpectedErrorMapper.meansRowBusy(new SQLException("could not obtain lock", "55P03")));
        assertTrue(UnexpectedErrorMapper.meansRowBusy(new SQLException("Timeout trying to lock table", "HYT00")));
        assertTrue(UnexpectedErrorMapper.meansRowBusy(new jakarta.persistence.LockTimeoutException("timeout")));
        assertFalse(UnexpectedErrorMapper.meansRowBusy(new SQLException("duplicate key", "23505")));
        assertFalse(UnexpectedErrorMapper.meansRowBusy(new SQLException("Connection refused", "08001")));
        assertFalse(UnexpectedErrorMapper.meansDatabaseUnavailable(new SQLException("deadlock detected", "40P01")));
    }
}
