package com.workgate.timeclock.holiday.control;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.focus_shift.jollyday.core.HolidayType;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** A country's public holidays of a year, computed offline by the Jollyday library (no web site scraped). */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    /** The dates in order; @throws IllegalArgumentException for a country Jollyday does not know */
    public static List<LocalDate> of(String country, int year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(holiday -> holiday.getDate())
                .distinct()
                .sorted()
                .toList();
    }
}
