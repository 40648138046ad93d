package com.workgate.warehouse.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.platform.control.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    @Test
    void bothDateFormsNameTheSameDays() {
        assertEquals(DateRange.parse("20261101", "20261130"), DateRange.parse("2026-11-01", "2026-11-30"));
        assertEquals(new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), DateRange.parse("20261101", "2026-11-30"));
    }

    @Test
    void thirtyDaysAreAllowedAndThirtyOneAreNot() {
        assertEquals(30, DateRange.parse("2026-11-01", "2026-11-30").days());
        ApiException tooWide = assertThrows(ApiException.class, () -> DateRange.parse("2026-11-01", "2026-12-01"));
        assertEquals(400, tooWide.status());
        assertTrue(tooWide.getMessage().contains("at most 30 days"), tooWide.getMessage());
    }

    @Test
    void theRangeIsWholeUtcDays() {
        DateRange range = DateRange.parse("2026-11-01", "2026-11-02");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), range.from());
        assertEquals(Instant.parse("2026-11-03T00:00:00Z"), range.until());
    }

    @Test
    void datesOutsideTheServersBoundsAreRefusedBeforeTheyReachTheDatabase() {
        assertEquals("startDate: must be between 2000-01-01 and 2099-12-31",
                assertThrows(ApiException.class, () -> DateRange.parse("+999999999-12-01", "+999999999-12-02")).getMessage());
        assertEquals("endDate: must be between 2000-01-01 and 2099-12-31",
                assertThrows(ApiException.class, () -> DateRange.parse("2099-12-31", "21000101")).getMessage());
    }

    @Test
    void badInputNamesTheParameter() {
        assertTrue(assertThrows(ApiException.class, () -> DateRange.parse(null, "20261101")).getMessage().startsWith("startDate"));
        assertTrue(assertThrows(ApiException.class, () -> DateRange.parse("20261101", "")).getMessage().startsWith("endDate"));
        assertTrue(assertThrows(ApiException.class, () -> DateRange.parse("2026-13-01", "20261101")).getMessage().startsWith("startDate"));
        assertTrue(assertThrows(ApiException.class, () -> DateRange.parse("20261101", "1.11.2026")).getMessage().startsWith("endDate"));
        assertTrue(assertThrows(ApiException.class, () -> DateRange.parse("20261105", "20261101")).getMessage()
                .contains("before startDate"));
    }
}
