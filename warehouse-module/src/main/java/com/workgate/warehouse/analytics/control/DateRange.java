package com.workgate.warehouse.analytics.control;

import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.DateBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * The {@code startDate}..{@code endDate} of a warehouse read: whole UTC days, both included. {@code endDate} may be
 * at most {@value #MAX_DAYS_AFTER_START} days after {@code startDate} (31 days in all), so that the backfill loop of
 * Calven's warehouse guide, {@code start} to {@code start + 30 days}, is never refused.
 */
public record DateRange(LocalDate start, LocalDate end) {

    public static final int MAX_DAYS_AFTER_START = 30;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    /** ISO local date-time with an optional offset: {@code Z}, {@code +01:00} or {@code +0100}. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    /** @throws ApiException 400 naming the parameter that is missing, malformed, reversed or too wide */
    public static DateRange parse(String startDate, String endDate, ZoneId organizationZone) {
        LocalDate start = date(startDate, "startDate", organizationZone);
        LocalDate end = date(endDate, "endDate", organizationZone);
        if (end.isBefore(start)) {
            throw ApiException.badRequest("endDate", "is before startDate");
        }
        long daysAfterStart = ChronoUnit.DAYS.between(start, end);
        if (daysAfterStart > MAX_DAYS_AFTER_START) {
            throw ApiException.badRequest("endDate", "is " + daysAfterStart + " days after startDate; it may be at most "
                    + MAX_DAYS_AFTER_START + " days after it (" + (MAX_DAYS_AFTER_START + 1) + " days per call, both included)");
        }
        return new DateRange(start, end);
    }

    /**
     * {@code YYYYMMDD}, {@code YYYY-MM-DD}, or an ISO date-time (Calven's own example sends
     * {@code 2023-01-01T00:00:00.000Z}): the date it falls on in the organization's time zone, or its own date when it
     * has no offset.
     */
    static LocalDate date(String text, String parameter, ZoneId organizationZone) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(parameter, "is required (YYYYMMDD, YYYY-MM-DD or an ISO date-time)");
        }
        LocalDate day;
        try {
            if (text.length() == 8) {
                day = LocalDate.parse(text, COMPACT);
            } else if (text.indexOf('T') < 0) {
                day = LocalDate.parse(text);
            } else {
                TemporalAccessor parsed = DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
                day = parsed instanceof OffsetDateTime withOffset
                        ? withOffset.atZoneSameInstant(organizationZone).toLocalDate()
                        : ((LocalDateTime) parsed).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(parameter, "\"" + text
                    + "\" is not a date of the form YYYYMMDD or YYYY-MM-DD, nor an ISO date-time");
        }
        return DateBounds.require(day, parameter);
    }

    public Instant from() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range. */
    public Instant until() {
        return end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }
}
