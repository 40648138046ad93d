package com.workgate.warehouse.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.platform.control.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static DateRange parse(String start, String end) {
        return DateRange.parse(start, end, WARSAW);
    }

    @Test
    void bothDateFormsNameTheSameDays() {
        assertEquals(parse("20261101", "20261130"), parse("2026-11-01", "2026-11-30"));
        assertEquals(new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), parse("20261101", "2026-11-30"));
    }

    @Test
    void theClientLoopFromStartToStartPlusThirtyDaysIsAllowedAndOneDayMoreIsNot() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int step = 0; step < 12; step++) {
            LocalDate from = start.plusDays(30L * step);
            assertEquals(31, parse(from.toString(), from.plusDays(30).toString()).days(), from.toString());
        }
        ApiException tooWide = assertThrows(ApiException.class, () -> parse("2026-11-01", "2026-12-02"));
        assertEquals(400, tooWide.status());
        assertTrue(tooWide.getMessage().startsWith("endDate: is 31 days after startDate; it may be at most 30 days"),
                tooWide.getMessage());
    }

    @Test
    void isoDateTimesNameTheDateTheyFallOnInTheOrganizationsTimeZone() {
        assertEquals(new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31)),
                parse("2023-01-01T00:00:00.000Z", "2023-01-31T00:00:00.000Z"));
        assertEquals(LocalDate.of(2022, 12, 31), DateRange.parse("2023-01-01T00:00:00.000Z", "2023-01-01",
                ZoneId.of("America/New_York")).start(), "midnight UTC is still the 31st in New York");
        assertEquals(LocalDate.of(2023, 1, 2), parse("2023-01-01T23:30:00Z", "2023-01-05").start(), "23:30 UTC is the 2nd in Warsaw");
        assertEquals(LocalDate.of(2023, 1, 1), parse("2023-01-01T23:30:00+01:00", "2023-01-05").start());
        assertEquals(LocalDate.of(2023, 1, 1), parse("2023-01-01T23:30:00+0100", "2023-01-05").start());
        assertEquals(LocalDate.of(2023, 1, 1), parse("2023-01-01T23:30:00", "2023-01-05").start(), "no offset: its own date");
        assertTrue(assertThrows(ApiException.class, () -> parse("2023-01-01T25:00:00Z", "2023-01-05")).getMessage()
                .startsWith("startDate"));
    }

    @Test
    void theRangeIsWholeUtcDays() {
        DateRange range = parse("2026-11-01", "2026-11-02");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), range.from());
        assertEquals(Instant.parse("2026-11-03T00:00:00Z"), range.until());
    }

    @Test
    void datesOutsideTheServersBoundsAreRefusedBeforeTheyReachTheDatabase() {
        assertEquals("startDate: must be between 2000-01-01 and 2099-12-31",
                assertThrows(ApiException.class, () -> parse("+999999999-12-01", "+999999999-12-02")).getMessage());
        assertEquals("endDate: must be between 2000-01-01 and 2099-12-31",
                assertThrows(ApiException.class, () -> parse("2099-12-31", "21000101")).getMessage());
    }

    @Test
    void badInputNamesTheParameter() {
        assertTrue(assertThrows(ApiException.class, () -> parse(null, "20261101")).getMessage().startsWith("startDate"));
        assertTrue(assertThrows(ApiException.class, () -> parse("20261101", "")).getMessage().startsWith("endDate"));
        assertTrue(assertThrows(ApiException.class, () -> parse("2026-13-01", "20261101")).getMessage().startsWith("startDate"));
        assertTrue(assertThrows(ApiException.class, () -> parse("20261101", "1.11.2026")).getMessage().startsWith("endDate"));
        assertTrue(assertThrows(ApiException.class, () -> parse("20261105", "20261101")).getMessage()
                .contains("before startDate"));
    }
}
