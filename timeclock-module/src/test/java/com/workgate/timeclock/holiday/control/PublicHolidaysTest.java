package com.workgate.timeclock.holiday.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void polandIn2027HasItsFourteenPublicHolidaysWithTheMovableOnes() {
        List<LocalDate> holidays = PublicHolidays.of("PL", 2027);
        for (String day : new String[]{"2027-01-01", "2027-01-06", "2027-03-28", "2027-03-29", "2027-05-01", "2027-05-03",
                "2027-05-16", "2027-05-27", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-24", "2027-12-25",
                "2027-12-26"}) {
            assertTrue(holidays.contains(LocalDate.parse(day)), day + " in " + holidays);
        }
        assertEquals(14, holidays.size(), holidays.toString());
    }

    @Test
    void christmasEveBecameAPolishHolidayIn2025() {
        assertFalse(PublicHolidays.of("PL", 2024).contains(LocalDate.parse("2024-12-24")));
        assertTrue(PublicHolidays.of("PL", 2025).contains(LocalDate.parse("2025-12-24")));
    }

    @Test
    void anotherCountryHasItsOwnDays() {
        List<LocalDate> german = PublicHolidays.of("DE", 2027);
        assertTrue(german.contains(LocalDate.parse("2027-10-03")));
        assertFalse(german.contains(LocalDate.parse("2027-11-11")));
        assertEquals(german.stream().sorted().toList(), german);
    }
}
