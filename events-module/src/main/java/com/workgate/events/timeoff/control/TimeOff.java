package com.workgate.events.timeoff.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A validated time-off event: whole days from start to end inclusive. */
public record TimeOff(String eventId, Long userId, String email, boolean scheduled, LocalDate startDate, LocalDate endDate,
                      String timeOffType) {

    public static final int MAX_DAYS = 366;

    /**
     * What makes a resend a resend: the sender's event id for the same person, type and days. The id alone is not
     * (Calven's example reuses one for two people; HR systems reuse a leave's id to cancel it).
     */
    public record IdempotencyKey(String eventId, long userId, boolean scheduled, LocalDate startDate, LocalDate endDate) {
    }

    /** Only for an event whose person is resolved. */
    public IdempotencyKey idempotencyKey() {
        return new IdempotencyKey(eventId, userId, scheduled, startDate, endDate);
    }

    /** The days the event may still change: today and later (past days are history). */
    public List<LocalDate> daysFrom(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = startDate.isBefore(today) ? today : startDate; !day.isAfter(endDate); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
