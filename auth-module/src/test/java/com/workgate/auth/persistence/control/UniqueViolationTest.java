package com.workgate.auth.persistence.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void aUniqueKeyRefusalIsFoundBehindTheWrappersJpaPutsAroundIt() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(UniqueViolation.isCauseOf(new PersistenceException("flush", new RuntimeException("jdbc", duplicate))));
    }

    @Test
    void otherDatabaseFailuresAreNotUniqueViolations() {
        assertFalse(UniqueViolation.isCauseOf(new PersistenceException("flush",
                new SQLException("insert or update violates foreign key constraint", "23503"))));
        assertFalse(UniqueViolation.isCauseOf(new PersistenceException("flush", new SQLException("timeout", "HYT00"))));
        assertFalse(UniqueViolation.isCauseOf(new IllegalStateException("no SQL at all")));
    }
}
