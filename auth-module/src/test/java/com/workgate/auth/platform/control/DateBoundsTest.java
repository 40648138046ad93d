package com.workgate.auth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateBoundsTest {

    @Test
    void bothEdgeDaysAreInsideTheDaysAroundThemOutside() {
        assertTrue(DateBounds.contains(LocalDate.of(2000, 1, 1)));
        assertTrue(DateBounds.contains(LocalDate.of(2099, 12, 31)));
        assertFalse(DateBounds.contains(LocalDate.of(1999, 12, 31)));
        assertFalse(DateBounds.contains(LocalDate.of(2100, 1, 1)));
        assertFalse(DateBounds.contains(LocalDate.of(0, 1, 1)));
        assertFalse(DateBounds.contains(LocalDate.of(99999, 1, 1)));
    }

    @Test
    void instantsCountByTheirUtcDay() {
        assertTrue(DateBounds.contains(Instant.parse("2000-01-01T00:00:00Z")));
        assertTrue(DateBounds.contains(Instant.parse("2099-12-31T23:59:59Z")));
        assertFalse(DateBounds.contains(Instant.parse("1999-12-31T23:59:59Z")));
        assertFalse(DateBounds.contains(Instant.parse("2100-01-01T00:00:00Z")));
        assertFalse(DateBounds.contains(Instant.parse("+99999-01-01T00:00:00Z")));
        assertFalse(DateBounds.containsEpochSecond(-1));
        assertFalse(DateBounds.containsEpochSecond(Long.MAX_VALUE), "beyond what an Instant can hold is simply outside");
        assertTrue(DateBounds.containsEpochSecond(Instant.parse("2026-11-23T08:59:12Z").getEpochSecond()));
    }

    @Test
    void requireAnswers400NamingTheField() {
        ApiException refused = assertThrows(ApiException.class, () -> DateBounds.require(LocalDate.of(0, 1, 1), "day"));
        assertEquals(400, refused.status());
        assertEquals("day: must be between 2000-01-01 and 2099-12-31", refused.getMessage());
    }
}
