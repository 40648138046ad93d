package com.workgate.events.timeoff.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A validated time-off event: whole days from start to end inclusive. */
public record TimeOff(String eventId, Long userId, String email, boolean scheduled, LocalDate startDate, LocalDate endDate,
                      String timeOffType) {

    public static final int MAX_DAYS = 366;

    /** The days the event may still change: today and later (past days are history). */
    public List<LocalDate> daysFrom(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = startDate.isBefore(today) ? today : startDate; !day.isAfter(endDate); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
