package com.workgate.warehouse.analytics.control;

import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.DateBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The {@code startDate}..{@code endDate} of a warehouse read: whole UTC days, both included, at most 30 of them. */
public record DateRange(LocalDate start, LocalDate end) {

    public static final int MAX_DAYS = 30;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    /** @throws ApiException 400 naming the parameter that is missing, malformed, reversed or too wide */
    public static DateRange parse(String startDate, String endDate) {
        LocalDate start = date(startDate, "startDate");
        LocalDate end = date(endDate, "endDate");
        if (end.isBefore(start)) {
            throw ApiException.badRequest("endDate", "is before startDate");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw ApiException.badRequest("endDate", "the range covers " + days + " days; at most " + MAX_DAYS
                    + " days may be read per call");
        }
        return new DateRange(start, end);
    }

    /** {@code YYYYMMDD} or {@code YYYY-MM-DD}. */
    static LocalDate date(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(parameter, "is required (YYYYMMDD or YYYY-MM-DD)");
        }
        LocalDate day;
        try {
            day = text.length() == 8 ? LocalDate.parse(text, COMPACT) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(parameter, "\"" + text + "\" is not a date of the form YYYYMMDD or YYYY-MM-DD");
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
