package com.workgate.auth.platform.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates the server accepts anywhere (events, leave, plans, bookings, TimeClock times): 2000-01-01 to
 * 2099-12-31, instants by their UTC day. Fixed rather than relative to today, so that imports of history and
 * plans years ahead both fit, and the same input is accepted or refused whatever the day.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    public static final String PROBLEM = "must be between " + EARLIEST + " and " + LATEST;

    private static final long EARLIEST_SECOND = EARLIEST.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final long END_SECOND = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    private DateBounds() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    public static boolean contains(Instant instant) {
        return containsEpochSecond(instant.getEpochSecond());
    }

    public static boolean containsEpochSecond(long epochSecond) {
        return epochSecond >= EARLIEST_SECOND && epochSecond < END_SECOND;
    }

    /** The day when it is inside the bounds, else a 400 naming the field. */
    public static LocalDate require(LocalDate day, String field) {
        if (!contains(day)) {
            throw ApiException.badRequest(field, PROBLEM);
        }
        return day;
    }
}
